/** Moderation in plain words: what a log entry records, what it is about, and why a queued item is hidden. */
import { formatDate } from '$lib/format';
import type { HiddenCause, ModerationLogEntryFragment } from '$lib/graphql/generated';
import type { Locale, MessageKey } from '$lib/i18n';
import type { MessageParams } from '$lib/i18n/format';
import { categoryName } from '$lib/reference';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Every kind of action, in the order the log's filter offers them. */
export { MODERATION_ACTIONS as LOG_ACTIONS, isModerationAction as isLogAction } from '$lib/moderation';

/** "Komentar disembunyikan", "Akun ditangguhkan sampai 14 Desember 2026 pukul 09.00 WIB", "Usulan digabung ke usulan lain". */
export function logSentence(entry: ModerationLogEntryFragment, t: Translate, locale: Locale): string {
  const what = t(`moderation.log.what.${entry.targetType}`);
  const whatLower = t(`moderation.log.whatLower.${entry.targetType}`);
  if (entry.action === 'HIDE' && entry.automatic) {
    return t('moderation.log.sentence.HIDE_automatic', { what, count: entry.flagCount ?? 0 });
  }
  if (entry.action === 'SUSPEND') {
    return t('moderation.log.sentence.SUSPEND', { until: entry.suspendedUntil ? formatDate(entry.suspendedUntil, locale, 'datetime') : '' });
  }
  if (entry.action === 'MOVE') {
    const category = entry.movedToCategory ? categoryName(entry.movedToCategory, locale) : t('moderation.log.noCategory');
    const place = [entry.movedToArea?.name, category].filter(Boolean).join(' · ');
    return t('moderation.log.sentence.MOVE', { what, place });
  }
  return t(`moderation.log.sentence.${entry.action}`, { what, whatLower });
}

/** What an entry is about, as a reader can find it: a link to the discussion or proposal, or a name. */
export interface LogTarget {
  text: string;
  href: string | null;
}

export function logTarget(entry: ModerationLogEntryFragment, t: Translate): LogTarget | null {
  const gone = { text: t('moderation.log.gone'), href: null };
  switch (entry.targetType) {
    case 'THREAD':
      return entry.thread ? { text: entry.thread.title || t('moderation.log.hiddenTitle'), href: `/threads/${entry.thread.id}` } : gone;
    case 'PROPOSAL':
      return entry.proposal ? { text: entry.proposal.title || t('moderation.log.hiddenTitle'), href: `/proposals/${entry.proposal.id}` } : gone;
    case 'COMMENT':
      return entry.comment
        ? { text: t('moderation.log.commentBy', { name: entry.comment.author.displayName }), href: `/threads/${entry.comment.thread.id}?comment=${entry.comment.id}#comment-${entry.comment.id}` }
        : gone;
    case 'USER':
      return entry.user ? { text: entry.user.displayName, href: null } : gone;
  }
}

const KNOWN_KINDS = new Set(['NIK', 'PHONE', 'EMAIL', 'PAYMENT_CARD', 'NPWP', 'BANK_ACCOUNT']);

/** "nomor HP dan alamat email": the kinds of personal data found, named as the content pages name them. */
export function personalDataKinds(found: readonly string[], t: Translate): string {
  const names = found.map((kind) => (KNOWN_KINDS.has(kind) ? t(`safety.kind.${kind}` as MessageKey) : t('safety.kind.other')));
  return [...new Set(names)].join(t('safety.kind.and')) || t('safety.kind.other');
}

/** Whether a queued item is still public, and if not, why. */
export function hiddenState(content: { hidden: boolean; hiddenCause: HiddenCause | null; personalDataFound: readonly string[] }, t: Translate): string {
  if (!content.hidden) return t('moderation.state.shown');
  switch (content.hiddenCause) {
    case 'PERSONAL_DATA':
      return t('moderation.state.PERSONAL_DATA', { kinds: personalDataKinds(content.personalDataFound, t) });
    case 'MODERATOR':
      return t('moderation.state.MODERATOR');
    default:
      return t('moderation.state.FLAGS');
  }
}
