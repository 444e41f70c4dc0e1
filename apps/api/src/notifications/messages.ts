import type { NotificationKind } from './notification.record.js';

type Lang = 'id' | 'en';

interface Template {
  subject: string;
  /** `{title}` is the thread or proposal title, `{status}` the proposal status, `{action}` what a moderator did */
  line: string;
}

/** Email texts, Bahasa Indonesia first, then English. Short on purpose: the link says the rest. */
export const MESSAGES: Record<NotificationKind, Record<Lang, Template>> = {
  REPLY: {
    id: { subject: 'Balasan untuk komentar Anda', line: 'Seseorang membalas komentar Anda di "{title}".' },
    en: { subject: 'A reply to your comment', line: 'Someone replied to your comment in "{title}".' },
  },
  NEW_COMMENT: {
    id: { subject: 'Komentar baru', line: 'Ada komentar baru di "{title}" yang Anda ikuti.' },
    en: { subject: 'New comment', line: 'There is a new comment in "{title}", which you follow.' },
  },
  OFFICIAL_RESPONSE: {
    id: { subject: 'Tanggapan resmi', line: 'Usulan "{title}" mendapat tanggapan resmi. Status: {status}.' },
    en: { subject: 'Official response', line: 'The proposal "{title}" received an official response. Status: {status}.' },
  },
  STATUS_CHANGED: {
    id: { subject: 'Status usulan berubah', line: 'Status usulan "{title}" kini {status}.' },
    en: { subject: 'Proposal status changed', line: 'The proposal "{title}" is now {status}.' },
  },
  PROPOSAL_FROM_THREAD: {
    id: { subject: 'Usulan baru dari diskusi', line: 'Sebuah usulan dibuat dari diskusi "{title}" yang Anda ikuti.' },
    en: { subject: 'New proposal from a discussion', line: 'A proposal was made from the discussion "{title}", which you follow.' },
  },
  MODERATION: {
    id: { subject: 'Tindakan moderator', line: 'Moderator menindaklanjuti tulisan Anda: {action}.' },
    en: { subject: 'Moderator action', line: 'A moderator acted on something you wrote: {action}.' },
  },
};

const FOOTER = {
  id: 'Anda menerima email ini karena mengikuti diskusi atau usulan di Rembug. Berhenti mengikuti dari halamannya.',
  en: 'You receive this email because you follow a discussion or proposal on Rembug. Unfollow it from its page.',
};

export interface RenderedMessage {
  subject: string;
  text: string;
}

/** What a moderator did, in words, for the MODERATION line; an unknown word is shown as it is. */
const MODERATION_ACTIONS: Record<string, { id: string; en: string }> = {
  HIDDEN: { id: 'disembunyikan', en: 'hidden' },
  RESTORED: { id: 'ditampilkan kembali', en: 'shown again' },
  LOCKED: { id: 'ditutup untuk komentar baru', en: 'closed to new comments' },
  UNLOCKED: { id: 'dibuka lagi', en: 'reopened' },
  PINNED: { id: 'disematkan di atas', en: 'pinned to the top' },
  MOVED: { id: 'dipindahkan ke wilayah atau kategori lain', en: 'moved to another area or category' },
  MERGED: { id: 'digabung ke usulan lain yang sama', en: 'merged into another proposal that says the same' },
};

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/** Subject and plain text body of a notification email, both languages. */
export function renderMessage(kind: NotificationKind, values: { title?: string | null; status?: string | null; action?: string | null }): RenderedMessage {
  const t = MESSAGES[kind];
  const v = { title: values.title || '…', status: values.status ?? '' };
  const action = values.action ? MODERATION_ACTIONS[values.action] : undefined;
  return {
    subject: `${t.id.subject} / ${t.en.subject}`,
    text: [
      fill(t.id.line, { ...v, action: action?.id ?? values.action ?? '' }),
      '',
      fill(t.en.line, { ...v, action: action?.en ?? values.action ?? '' }),
      '',
      '--',
      FOOTER.id,
      FOOTER.en,
      '',
    ].join('\n'),
  };
}
