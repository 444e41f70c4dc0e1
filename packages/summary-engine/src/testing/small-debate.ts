import type { CommentInput, CommentVoteInput, ProposalInput, SummaryInput, VoteValue } from '../types.js';

/** Personal data planted in the small debate; none of it may reach a summary. */
export const PLANTED_PERSONAL_DATA = ['6171011203850004', '0812-3456-7890', 'budi.santoso@gmail.com', '081298765432'];

/** Texts of content that must stay out of every summary (hidden, deleted, or in a hidden thread). */
export const HIDDEN_TEXTS = ['RAHASIA-KOMENTAR-TERSEMBUNYI', 'RAHASIA-KOMENTAR-TERHAPUS', 'RAHASIA-UTAS-TERSEMBUNYI', 'RAHASIA-USULAN-TERSEMBUNYI'];

const comment = (id: string, threadId: string, authorId: string, createdAt: string, body: string, extra: Partial<CommentInput> = {}): CommentInput => ({
  id,
  threadId,
  parentId: null,
  authorId,
  body,
  createdAt,
  hidden: false,
  deleted: false,
  ...extra,
});

const vote = (participantId: string, commentId: string, value: VoteValue, at: string): CommentVoteInput => ({ participantId, commentId, vote: value, at });

const proposal = (id: string, extra: Partial<ProposalInput>): ProposalInput => ({
  id,
  title: `Usulan ${id}`,
  threadId: 'thread-jalan',
  areaId: 'area-raya',
  status: 'OPEN',
  supportCount: 0,
  opposeCount: 0,
  supportThreshold: 10,
  createdAt: '2026-11-01T00:00:00.000Z',
  responseDueAt: null,
  respondedAt: null,
  agencyName: null,
  hidden: false,
  responses: [],
  ...extra,
});

/**
 * A debate small enough to count by hand: two visible threads in two areas, comments across midnight WIB, a hidden
 * comment, a deleted one, a hidden thread, a hidden proposal, a vote on a comment that does not exist, and personal
 * data in a comment, an area name, the scope title, a proposal title and an official response.
 */
export function smallDebate(): SummaryInput {
  return {
    scope: { threadId: null, areaId: null, categoryId: null, from: null, to: null, title: 'Ringkasan (kontak 0812-3456-7890)' },
    asOf: '2026-11-20T00:00:00.000Z',
    areas: [
      { id: 'area-raya', name: 'Sungai Raya', parentId: null },
      { id: 'area-kuala', name: 'Kuala Dua, hubungi budi.santoso@gmail.com', parentId: 'area-raya' },
    ],
    threads: [
      { id: 'thread-jalan', title: 'Jalan rusak', areaId: 'area-raya', categoryId: null, createdAt: '2026-11-01T00:00:00.000Z', hidden: false, deleted: false },
      { id: 'thread-air', title: 'Air bersih', areaId: 'area-kuala', categoryId: null, createdAt: '2026-11-01T00:00:00.000Z', hidden: false, deleted: false },
      { id: 'thread-hidden', title: 'RAHASIA-UTAS-TERSEMBUNYI', areaId: 'area-raya', categoryId: null, createdAt: '2026-11-01T00:00:00.000Z', hidden: true, deleted: false },
    ],
    participants: [
      { id: 'acct-ani', role: 'CITIZEN', areaId: 'area-raya' },
      { id: 'acct-budi', role: 'CITIZEN', areaId: 'area-kuala' },
      { id: 'acct-citra', role: 'OFFICIAL', areaId: null },
      { id: 'acct-dedi', role: 'CITIZEN', areaId: null },
      { id: 'acct-eka', role: 'MODERATOR', areaId: null },
      { id: 'acct-fajar', role: 'CITIZEN', areaId: null },
    ],
    comments: [
      // 23:30 WIB on 1 November.
      comment('c-1', 'thread-jalan', 'acct-ani', '2026-11-01T16:30:00.000Z', 'Jalan rusak parah di dusun kami. NIK saya 6171011203850004 kalau perlu.'),
      // 00:30 WIB on 2 November.
      comment('c-2', 'thread-jalan', 'acct-budi', '2026-11-01T17:30:00.000Z', 'Setuju, jalan rusak itu bahaya untuk anak sekolah. Hubungi 0812-3456-7890.'),
      comment('c-3', 'thread-air', 'acct-citra', '2026-11-02T03:00:00.000Z', 'Dinas akan memeriksa pasokan air bersih minggu depan.'),
      comment('c-4', 'thread-air', 'acct-ani', '2026-11-03T03:00:00.000Z', 'Terima kasih, air bersih sangat kami tunggu.', { parentId: 'c-3' }),
      comment('c-hidden', 'thread-jalan', 'acct-eka', '2026-11-02T03:00:00.000Z', 'RAHASIA-KOMENTAR-TERSEMBUNYI'),
      comment('c-deleted', 'thread-air', 'acct-budi', '2026-11-02T04:00:00.000Z', 'RAHASIA-KOMENTAR-TERHAPUS', { deleted: true }),
      comment('c-in-hidden-thread', 'thread-hidden', 'acct-citra', '2026-11-02T05:00:00.000Z', 'RAHASIA-UTAS-TERSEMBUNYI isi'),
      comment('c-reply-to-hidden', 'thread-jalan', 'acct-budi', '2026-11-03T05:00:00.000Z', 'Saya juga tidak setuju.', { parentId: 'c-hidden' }),
    ].map((c) => (c.id === 'c-hidden' ? { ...c, hidden: true } : c)),
    commentVotes: [
      vote('acct-budi', 'c-1', 1, '2026-11-01T16:45:00.000Z'),
      vote('acct-citra', 'c-1', 0, '2026-11-02T01:00:00.000Z'),
      vote('acct-dedi', 'c-1', -1, '2026-11-02T02:00:00.000Z'),
      vote('acct-ani', 'c-3', 1, '2026-11-02T04:00:00.000Z'),
      vote('acct-dedi', 'c-3', 1, '2026-11-02T05:00:00.000Z'),
      // Only votes on hidden or missing comments: acct-eka and acct-fajar took no part in what is shown.
      vote('acct-fajar', 'c-hidden', 1, '2026-11-02T06:00:00.000Z'),
      vote('acct-eka', 'c-missing', 1, '2026-11-02T06:00:00.000Z'),
      vote('acct-fajar', 'c-in-hidden-thread', -1, '2026-11-02T06:00:00.000Z'),
    ],
    proposals: [
      proposal('p-overdue', { supportCount: 12, responseDueAt: '2026-11-15T00:00:00.000Z', status: 'THRESHOLD_REACHED', title: 'Perbaiki jalan, NIK 6171011203850004' }),
      proposal('p-late', {
        supportCount: 30,
        opposeCount: 2,
        responseDueAt: '2026-11-10T00:00:00.000Z',
        respondedAt: '2026-11-12T00:00:00.000Z',
        status: 'ACCEPTED',
        agencyName: 'Dinas PUPR',
        responses: [
          { id: 'r-2', agencyName: 'Dinas PUPR', status: 'ACCEPTED', body: 'Diterima. Kontak lapangan 081298765432.', createdAt: '2026-11-13T00:00:00.000Z' },
          { id: 'r-1', agencyName: 'Dinas PUPR', status: 'UNDER_REVIEW', body: 'Sedang ditinjau.', createdAt: '2026-11-12T00:00:00.000Z' },
        ],
      }),
      proposal('p-on-time', { supportCount: 30, opposeCount: 1, responseDueAt: '2026-11-30T00:00:00.000Z', respondedAt: '2026-11-18T00:00:00.000Z' }),
      proposal('p-awaiting', { supportCount: 10, responseDueAt: '2026-11-25T00:00:00.000Z', createdAt: '2026-11-02T00:00:00.000Z' }),
      proposal('p-new', { supportCount: 10, createdAt: '2026-11-03T00:00:00.000Z' }),
      proposal('p-hidden', { supportCount: 99, hidden: true, title: 'RAHASIA-USULAN-TERSEMBUNYI' }),
    ],
  };
}
