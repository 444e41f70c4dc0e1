// Hand-built summaries in the engine's contract, covering what the renderers must survive: three opinion groups,
// no groups at all, every proposal status and response clock, and text written to break exports (formulas for
// spreadsheets, Markdown and HTML, quotes, commas and line breaks, very long words and comments).
import type {
  CommentRow,
  GroupShare,
  MapPoint,
  OpinionGroup,
  ProposalSummary,
  RankedStatement,
  RepresentativeStatement,
  Summary,
  SummaryParameters,
} from '@rembug/summary-engine';

export const SITE_URL = 'https://rembug.example';

export const HOSTILE = {
  markdown: '# Hacked [x](javascript:alert(1)) <script>alert(1)</script>',
  formula: "=cmd|' /C calc'!A0",
  plus: '+SUM(A1:A9)',
  minus: '-1+2 jalan rusak',
  at: '@SUM(1)',
  tab: '\tdiawali tab',
  carriageReturn: '\rdiawali CR',
  quoted: 'Kata Pak Kades: "jalan, jembatan, dan drainase"\nBaris kedua, dengan koma\r\nBaris ketiga',
  indonesian: 'Warga Désa Sungai Raya — “jalan berlubang” sepanjang ±2 km; biaya perbaikan Rp 1.500.000.000, kata Bu Ni’mah.',
  markdownMix:
    '* daftar\n1. satu\n> kutipan\n| a | b |\n---\n`kode` **tebal** _miring_ ~~coret~~ https://evil.example www.evil.example @warga $x$ &amp; ![gambar](http://evil.example/x.png)',
} as const;

const SENTENCE =
  'Drainase di sepanjang jalan poros tersumbat lumpur sehingga air hujan menggenangi badan jalan dan merusak aspal yang baru diperbaiki tahun lalu. ';

/** About 9,000 characters, ending in one 400-character word that no line can hold. */
export const LONG_TEXT = `${SENTENCE.repeat(60)}${'panjangsekali'.repeat(31)}x`;

export const DEFAULT_PARAMETERS: SummaryParameters = {
  minVotesPerParticipant: 7,
  minParticipantsForGroups: 15,
  minCommentsForGroups: 5,
  kMin: 2,
  kMax: 5,
  minSilhouette: 0.15,
  minVotesPerStatement: 5,
  maxRepresentativePerGroup: 3,
  maxConsensus: 5,
  maxDivisive: 5,
  maxThemes: 8,
  maxQuotes: 6,
  utcOffsetMinutes: 420,
};

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function groupShare(groupId: string, votes: number, agree: number, disagree: number): GroupShare {
  return { groupId, votes, agreeShare: share(agree, votes), disagreeShare: share(disagree, votes) };
}

interface CommentSpec {
  id: string;
  text: string;
  agree: number;
  disagree: number;
  pass: number;
  parentId?: string | null;
  createdAt: string;
  groups?: GroupShare[];
}

function commentRow(threadId: string, spec: CommentSpec): CommentRow {
  const votes = spec.agree + spec.disagree + spec.pass;
  return {
    commentId: spec.id,
    threadId,
    parentId: spec.parentId ?? null,
    createdAt: spec.createdAt,
    text: spec.text,
    votes,
    agree: spec.agree,
    disagree: spec.disagree,
    pass: spec.pass,
    agreeShare: share(spec.agree, votes),
    disagreeShare: share(spec.disagree, votes),
    groups: spec.groups ?? [],
  };
}

function ranked(row: CommentRow, score: number): RankedStatement {
  const { parentId: _parentId, createdAt: _createdAt, ...stats } = row;
  return { ...stats, score };
}

function representative(row: CommentRow, groupId: string, direction: 'AGREE' | 'DISAGREE', outsideShare: number, z: number): RepresentativeStatement {
  const inside = row.groups.find((item) => item.groupId === groupId) as GroupShare;
  return {
    commentId: row.commentId,
    threadId: row.threadId,
    text: row.text,
    direction,
    votes: inside.votes,
    agreeShare: inside.agreeShare,
    disagreeShare: inside.disagreeShare,
    outsideShare,
    z,
  };
}

/** A deterministic generator, so fixtures (and the PDF bytes made from them) never change between runs. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pseudonym(index: number): string {
  return `p-${index.toString(16).padStart(12, '0')}`;
}

function pointsAround(groups: OpinionGroup[], random: () => number, start = 0): MapPoint[] {
  const points: MapPoint[] = [];
  let index = start;
  for (const group of groups) {
    for (let i = 0; i < group.size; i += 1) {
      points.push({
        participant: pseudonym(index),
        x: group.centroid.x + (random() - 0.5) * 1.2,
        y: group.centroid.y + (random() - 0.5) * 1.2,
        groupId: group.id,
      });
      index += 1;
    }
  }
  return points;
}

function proposal(fields: Partial<ProposalSummary> & Pick<ProposalSummary, 'rank' | 'id' | 'title' | 'status' | 'clock'>): ProposalSummary {
  return {
    threadId: 't-jalan-poros',
    areaId: 'a-sungai-raya',
    supportCount: 10,
    opposeCount: 2,
    supportThreshold: 50,
    thresholdReached: false,
    createdAt: '2026-11-20T02:00:00.000Z',
    responseDueAt: null,
    respondedAt: null,
    agencyName: 'Dinas Pekerjaan Umum dan Penataan Ruang',
    responses: [],
    ...fields,
  };
}

const HASH = `sha256:${'3f'.repeat(32)}`;

/** A discussion with three opinion groups, every section filled, and hostile text in comments and proposals. */
export function threadSummary(): Summary {
  const threadId = 't-jalan-poros';
  const day = (date: string, hour: number): string => `${date}T${String(hour).padStart(2, '0')}:15:00.000Z`;
  const specs: CommentSpec[] = [
    { id: 'c-01', text: 'Perbaikan jalan poros harus didahulukan sebelum musim hujan.', agree: 52, disagree: 3, pass: 5, createdAt: day('2026-12-01', 1), groups: [groupShare('A', 22, 21, 0), groupShare('B', 20, 17, 2), groupShare('C', 15, 12, 1)] },
    { id: 'c-02', text: HOSTILE.quoted, agree: 40, disagree: 4, pass: 6, createdAt: day('2026-12-01', 3), groups: [groupShare('A', 18, 16, 1), groupShare('B', 17, 14, 2), groupShare('C', 12, 9, 1)] },
    { id: 'c-03', text: HOSTILE.markdown, agree: 20, disagree: 25, pass: 3, parentId: 'c-01', createdAt: day('2026-12-02', 2), groups: [groupShare('A', 20, 18, 1), groupShare('B', 16, 1, 14), groupShare('C', 10, 1, 9)] },
    { id: 'c-04', text: HOSTILE.formula, agree: 18, disagree: 22, pass: 2, createdAt: day('2026-12-02', 5), groups: [groupShare('A', 15, 1, 13), groupShare('B', 15, 14, 1), groupShare('C', 10, 3, 6)] },
    { id: 'c-05', text: HOSTILE.indonesian, agree: 30, disagree: 5, pass: 8, createdAt: day('2026-12-04', 0), groups: [groupShare('A', 15, 9, 3), groupShare('B', 14, 13, 0), groupShare('C', 12, 8, 2)] },
    { id: 'c-06', text: LONG_TEXT, agree: 12, disagree: 9, pass: 10, createdAt: day('2026-12-04', 8), groups: [groupShare('A', 10, 4, 3), groupShare('B', 10, 6, 2), groupShare('C', 9, 2, 4)] },
    { id: 'c-07', text: HOSTILE.markdownMix, agree: 9, disagree: 9, pass: 2, parentId: 'c-03', createdAt: day('2026-12-05', 4), groups: [groupShare('A', 8, 4, 4), groupShare('B', 7, 3, 3), groupShare('C', 5, 2, 2)] },
    { id: 'c-08', text: HOSTILE.plus, agree: 5, disagree: 1, pass: 1, createdAt: day('2026-12-05', 6) },
    { id: 'c-09', text: HOSTILE.minus, agree: 6, disagree: 2, pass: 0, createdAt: day('2026-12-06', 1), groups: [groupShare('A', 3, 2, 1)] },
    { id: 'c-10', text: HOSTILE.at, agree: 2, disagree: 2, pass: 2, createdAt: day('2026-12-06', 2) },
    { id: 'c-11', text: HOSTILE.tab, agree: 1, disagree: 0, pass: 0, createdAt: day('2026-12-06', 3) },
    { id: 'c-12', text: HOSTILE.carriageReturn, agree: 0, disagree: 0, pass: 0, createdAt: day('2026-12-07', 3) },
    { id: 'c-13', text: 'Pasar desa juga perlu lampu jalan; sekarang gelap setelah magrib.', agree: 25, disagree: 10, pass: 4, createdAt: day('2026-12-07', 9), groups: [groupShare('A', 12, 3, 8), groupShare('B', 13, 12, 0), groupShare('C', 11, 10, 1)] },
  ];
  const comments = specs.map((spec) => commentRow(threadId, spec));
  const byId = (id: string): CommentRow => comments.find((row) => row.commentId === id) as CommentRow;

  const groups: OpinionGroup[] = [
    {
      id: 'A',
      size: 26,
      centroid: { x: -2.1, y: 0.4 },
      representativeComments: [representative(byId('c-03'), 'A', 'AGREE', 0.08, 6.1), representative(byId('c-04'), 'A', 'DISAGREE', 0.28, 4.2)],
    },
    { id: 'B', size: 21, centroid: { x: 1.8, y: 1.5 }, representativeComments: [representative(byId('c-05'), 'B', 'AGREE', 0.63, 2.9)] },
    { id: 'C', size: 17, centroid: { x: 0.9, y: -2.2 }, representativeComments: [representative(byId('c-13'), 'C', 'AGREE', 0.6, 2.3)] },
  ];
  const points = pointsAround(groups, seeded(7));

  const proposals: ProposalSummary[] = [
    proposal({
      rank: 1,
      id: 'pr-01',
      title: 'Perbaiki jalan poros Désa Sungai Raya sebelum musim hujan',
      status: 'ACCEPTED',
      clock: 'ANSWERED_ON_TIME',
      supportCount: 128,
      opposeCount: 9,
      supportThreshold: 100,
      thresholdReached: true,
      responseDueAt: '2026-12-08T02:00:00.000Z',
      respondedAt: '2026-12-03T04:00:00.000Z',
      responses: [
        { id: 'r-01', agencyName: 'Dinas Pekerjaan Umum dan Penataan Ruang', status: 'UNDER_REVIEW', body: 'Kami sedang menghitung biaya, termasuk drainase.\nHasilnya kami umumkan di sini.', createdAt: '2026-12-03T04:00:00.000Z' },
        { id: 'r-02', agencyName: 'Dinas Pekerjaan Umum dan Penataan Ruang', status: 'ACCEPTED', body: 'Perbaikan masuk anggaran perubahan 2027; pengerjaan mulai Maret.', createdAt: '2026-12-10T06:30:00.000Z' },
      ],
    }),
    proposal({ rank: 2, id: 'pr-02', title: HOSTILE.formula, status: 'THRESHOLD_REACHED', clock: 'AWAITING', supportCount: 60, supportThreshold: 50, thresholdReached: true, responseDueAt: '2026-12-20T02:00:00.000Z' }),
    proposal({ rank: 3, id: 'pr-03', title: 'Lampu jalan di pasar desa', status: 'AWAITING_RESPONSE', clock: 'OVERDUE', supportCount: 55, supportThreshold: 50, thresholdReached: true, responseDueAt: '2026-12-09T02:00:00.000Z', agencyName: null }),
    proposal({
      rank: 4,
      id: 'pr-04',
      title: HOSTILE.markdown,
      status: 'REJECTED',
      clock: 'ANSWERED_LATE',
      supportCount: 51,
      supportThreshold: 50,
      thresholdReached: true,
      responseDueAt: '2026-12-05T02:00:00.000Z',
      respondedAt: '2026-12-07T02:00:00.000Z',
      responses: [{ id: 'r-03', agencyName: 'Badan Perencanaan Pembangunan Daerah', status: 'REJECTED', body: HOSTILE.quoted, createdAt: '2026-12-07T02:00:00.000Z' }],
    }),
    proposal({ rank: 5, id: 'pr-05', title: 'Sudah dilaksanakan: tambal lubang di km 3', status: 'IMPLEMENTED', clock: 'ANSWERED_ON_TIME', supportCount: 70, supportThreshold: 50, thresholdReached: true, responseDueAt: '2026-12-06T02:00:00.000Z', respondedAt: '2026-12-02T02:00:00.000Z', responses: [{ id: 'r-04', agencyName: 'Dinas Pekerjaan Umum dan Penataan Ruang', status: 'IMPLEMENTED', body: 'Selesai ditambal.', createdAt: '2026-12-02T02:00:00.000Z' }] }),
    proposal({ rank: 6, id: 'pr-06', title: 'Jembatan gantung baru', status: 'OPEN', clock: 'NOT_DUE', supportCount: 12 }),
    proposal({ rank: 7, id: 'pr-07', title: 'Ditarik: ganti nama jalan', status: 'WITHDRAWN', clock: 'NOT_DUE', supportCount: 3, opposeCount: 8 }),
    proposal({ rank: 8, id: 'pr-08', title: 'Digabung: lampu pasar', status: 'MERGED', clock: 'NOT_DUE', supportCount: 4, agencyName: null }),
  ];

  return {
    schemaVersion: 1,
    scope: { threadId, areaId: null, categoryId: null, from: null, to: null, title: 'Jalan poros Désa Sungai Raya rusak: apa yang didahulukan?' },
    asOf: '2026-12-12T07:30:00.000Z',
    provenance: {
      engine: { name: '@rembug/summary-engine', version: '0.1.0' },
      schemaVersion: 1,
      parameters: DEFAULT_PARAMETERS,
      inputCounts: {
        areas: 4,
        threads: 1,
        participants: 64,
        comments: 15,
        commentVotes: 370,
        proposals: 9,
        officialResponses: 4,
        excludedComments: 2,
        excludedProposals: 1,
      },
      inputHash: HASH,
    },
    participation: {
      participantCount: 64,
      commentCount: comments.length,
      voteCount: comments.reduce((sum, row) => sum + row.votes, 0),
      proposalCount: proposals.length,
      byArea: [
        { areaId: 'a-sungai-raya', areaName: 'Désa Sungai Raya', participants: 40, comments: 8, votes: 200 },
        { areaId: 'a-kapur', areaName: 'Desa Kapur', participants: 15, comments: 3, votes: 100 },
        { areaId: null, areaName: null, participants: 9, comments: 2, votes: 55 },
      ],
      byDay: [
        { date: '2026-12-01', participants: 30, comments: 2, votes: 80 },
        { date: '2026-12-02', participants: 41, comments: 2, votes: 100 },
        { date: '2026-12-04', participants: 22, comments: 2, votes: 70 },
        { date: '2026-12-05', participants: 12, comments: 2, votes: 50 },
        { date: '2026-12-06', participants: 8, comments: 3, votes: 35 },
        { date: '2026-12-07', participants: 5, comments: 2, votes: 20 },
      ],
      byRole: [
        { role: 'CITIZEN', participants: 61, comments: 12, votes: 345 },
        { role: 'OFFICIAL', participants: 3, comments: 1, votes: 10 },
      ],
    },
    opinionGroups: {
      status: 'FORMED',
      participantsInMap: 64,
      commentsInMap: 10,
      k: 3,
      silhouette: 0.41,
      explainedVariance: [0.38, 0.17],
      groups,
      points,
    },
    consensus: [ranked(byId('c-01'), 0.81), ranked(byId('c-02'), 0.72)],
    divisive: [ranked(byId('c-03'), 0.77), ranked(byId('c-04'), 0.64)],
    themes: [
      { phrase: 'jalan poros', score: 3.2, commentIds: ['c-01', 'c-05', 'c-06'] },
      { phrase: 'drainase', score: 2.1, commentIds: ['c-06', 'c-02'] },
      { phrase: '[tema](javascript:alert(1))', score: 1.4, commentIds: ['c-13', 'c-missing'] },
    ],
    quotes: [
      { commentId: 'c-01', threadId, text: 'Perbaikan jalan poros harus didahulukan sebelum musim hujan.', score: 0.9 },
      { commentId: 'c-02', threadId, text: 'Kata Pak Kades: "jalan, jembatan, dan drainase"', score: 0.8 },
      { commentId: 'c-05', threadId, text: 'Warga Désa Sungai Raya — “jalan berlubang” sepanjang ±2 km;', score: 0.7 },
    ],
    proposals,
    comments,
  };
}

/** An area whose discussions are too young for opinion groups: the brief must say why instead of drawing them. */
export function areaSummary(): Summary {
  const threadId = 't-sumur';
  const comments = [
    commentRow(threadId, { id: 'd-01', text: 'Sumur bor di RT 04 kering sejak Agustus.', agree: 4, disagree: 0, pass: 1, createdAt: '2026-11-02T03:00:00.000Z' }),
    commentRow(threadId, { id: 'd-02', text: HOSTILE.formula, agree: 1, disagree: 2, pass: 0, createdAt: '2026-11-03T03:00:00.000Z' }),
    commentRow('t-posyandu', { id: 'd-03', text: 'Posyandu butuh timbangan bayi baru.', agree: 3, disagree: 0, pass: 0, createdAt: '2026-11-05T03:00:00.000Z' }),
  ];
  return {
    schemaVersion: 1,
    scope: {
      threadId: null,
      areaId: 'a-sungai-ambawang',
      categoryId: null,
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
      title: 'Kecamatan Sungai Ambawang',
    },
    asOf: '2026-12-01T01:00:00.000Z',
    provenance: {
      engine: { name: '@rembug/summary-engine', version: '0.1.0' },
      schemaVersion: 1,
      parameters: DEFAULT_PARAMETERS,
      inputCounts: {
        areas: 6,
        threads: 2,
        participants: 6,
        comments: 3,
        commentVotes: 11,
        proposals: 1,
        officialResponses: 0,
        excludedComments: 0,
        excludedProposals: 0,
      },
      inputHash: `sha256:${'a0'.repeat(32)}`,
    },
    participation: {
      participantCount: 6,
      commentCount: 3,
      voteCount: 11,
      proposalCount: 1,
      byArea: [{ areaId: 'a-sungai-ambawang', areaName: 'Kecamatan Sungai Ambawang', participants: 6, comments: 3, votes: 11 }],
      byDay: [
        { date: '2026-11-02', participants: 3, comments: 1, votes: 5 },
        { date: '2026-11-03', participants: 3, comments: 1, votes: 3 },
        { date: '2026-11-05', participants: 2, comments: 1, votes: 3 },
      ],
      byRole: [{ role: 'CITIZEN', participants: 6, comments: 3, votes: 11 }],
    },
    opinionGroups: {
      status: 'TOO_FEW_PARTICIPANTS',
      participantsInMap: 3,
      commentsInMap: 3,
      k: null,
      silhouette: null,
      explainedVariance: null,
      groups: [],
      points: [
        { participant: pseudonym(1), x: 0.2, y: -0.1, groupId: null },
        { participant: pseudonym(2), x: -0.4, y: 0.3, groupId: null },
        { participant: pseudonym(3), x: 0.1, y: 0.5, groupId: null },
      ],
    },
    consensus: [],
    divisive: [],
    themes: [{ phrase: 'sumur bor', score: 1.1, commentIds: ['d-01'] }],
    quotes: [{ commentId: 'd-01', threadId, text: 'Sumur bor di RT 04 kering sejak Agustus.', score: 0.5 }],
    proposals: [
      proposal({ rank: 1, id: 'pr-20', title: 'Sumur bor baru untuk RT 04', status: 'OPEN', clock: 'NOT_DUE', threadId, areaId: 'a-sungai-ambawang', supportCount: 5, supportThreshold: 50, agencyName: null }),
    ],
    comments,
  };
}

const WORDS = ['jalan', 'drainase', 'lampu', 'pasar', 'sekolah', 'puskesmas', 'air', 'bersih', 'jembatan', 'sampah', 'desa', 'warga', 'perbaikan', 'segera', 'musim', 'hujan', 'anggaran', 'Désa', '“usul”', 'Rp 2.000.000'];

/** A big regency-wide summary: `count` comments, four groups and a hundred days of activity. */
export function largeSummary(count = 2000): Summary {
  const random = seeded(2026);
  const groupIds = ['A', 'B', 'C', 'D'];
  const threadIds = Array.from({ length: 40 }, (_, index) => `t-${String(index).padStart(3, '0')}`);
  const start = Date.parse('2026-08-01T00:00:00.000Z');
  const comments: CommentRow[] = [];
  for (let index = 0; index < count; index += 1) {
    const words = Array.from({ length: 8 + Math.floor(random() * 40) }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
    const text = index % 97 === 0 ? HOSTILE.formula : index % 89 === 0 ? HOSTILE.markdown : index % 83 === 0 ? HOSTILE.quoted : `${words}.`;
    const groups = groupIds.map((groupId) => {
      const votes = Math.floor(random() * 30);
      const agree = Math.floor(random() * (votes + 1));
      const disagree = Math.floor(random() * (votes - agree + 1));
      return groupShare(groupId, votes, agree, disagree);
    });
    const agree = groups.reduce((sum, item) => sum + Math.round(item.agreeShare * item.votes), 0);
    const disagree = groups.reduce((sum, item) => sum + Math.round(item.disagreeShare * item.votes), 0);
    const votes = groups.reduce((sum, item) => sum + item.votes, 0);
    comments.push(
      commentRow(threadIds[index % threadIds.length] as string, {
        id: `c-${String(index).padStart(5, '0')}`,
        text,
        agree,
        disagree,
        pass: votes - agree - disagree,
        parentId: index > 10 && index % 3 === 0 ? `c-${String(index - 7).padStart(5, '0')}` : null,
        createdAt: new Date(start + index * 4_300_000).toISOString(),
        groups,
      }),
    );
  }
  const byVotes = [...comments].sort((a, b) => b.votes - a.votes || a.commentId.localeCompare(b.commentId));
  const groups: OpinionGroup[] = groupIds.map((id, index) => ({
    id,
    size: 180 - index * 30,
    centroid: { x: Math.cos(index * 1.7) * 3, y: Math.sin(index * 1.7) * 3 },
    representativeComments: byVotes.slice(index * 3, index * 3 + 3).map((row) => representative(row, id, index % 2 === 0 ? 'AGREE' : 'DISAGREE', 0.3, 2.5)),
  }));
  const points = pointsAround(groups, random);
  const byDay = new Map<string, { participants: number; comments: number; votes: number }>();
  for (const row of comments) {
    const date = new Date(Date.parse(row.createdAt) + 7 * 3_600_000).toISOString().slice(0, 10);
    const entry = byDay.get(date) ?? { participants: 0, comments: 0, votes: 0 };
    entry.participants += 3;
    entry.comments += 1;
    entry.votes += row.votes;
    byDay.set(date, entry);
  }
  const totalVotes = comments.reduce((sum, row) => sum + row.votes, 0);
  const participants = groups.reduce((sum, group) => sum + group.size, 0);
  return {
    schemaVersion: 1,
    scope: { threadId: null, areaId: 'a-kubu-raya', categoryId: 'k-infrastruktur', from: '2026-08-01T00:00:00.000Z', to: null, title: 'Kabupaten Kubu Raya — Infrastruktur' },
    asOf: '2026-12-12T00:00:00.000Z',
    provenance: {
      engine: { name: '@rembug/summary-engine', version: '0.1.0' },
      schemaVersion: 1,
      parameters: DEFAULT_PARAMETERS,
      inputCounts: {
        areas: 120,
        threads: threadIds.length,
        participants,
        comments: count + 12,
        commentVotes: totalVotes,
        proposals: 20,
        officialResponses: 5,
        excludedComments: 12,
        excludedProposals: 0,
      },
      inputHash: `sha256:${'0b'.repeat(32)}`,
    },
    participation: {
      participantCount: participants,
      commentCount: count,
      voteCount: totalVotes,
      proposalCount: 20,
      byArea: Array.from({ length: 14 }, (_, index) => ({
        areaId: `a-${index}`,
        areaName: `Desa ${WORDS[index] as string}`,
        participants: 100 - index * 5,
        comments: 150 - index * 7,
        votes: 3000 - index * 100,
      })),
      byDay: [...byDay.entries()].map(([date, entry]) => ({ date, ...entry })),
      byRole: [{ role: 'CITIZEN', participants, comments: count, votes: totalVotes }],
    },
    opinionGroups: {
      status: 'FORMED',
      participantsInMap: participants,
      commentsInMap: count,
      k: 4,
      silhouette: 0.22,
      explainedVariance: [0.21, 0.12],
      groups,
      points,
    },
    consensus: byVotes.slice(0, 5).map((row, index) => ranked(row, 1 - index / 10)),
    divisive: byVotes.slice(5, 10).map((row, index) => ranked(row, 1 - index / 10)),
    themes: WORDS.slice(0, 8).map((phrase, index) => ({
      phrase,
      score: 8 - index,
      commentIds: comments.filter((row) => row.text.includes(phrase)).slice(0, 50).map((row) => row.commentId),
    })),
    quotes: byVotes.slice(10, 16).map((row, index) => ({ commentId: row.commentId, threadId: row.threadId, text: row.text.split('.')[0] as string, score: 1 - index / 10 })),
    proposals: Array.from({ length: 20 }, (_, index) =>
      proposal({
        rank: index + 1,
        id: `pr-${String(index).padStart(3, '0')}`,
        title: `Usulan nomor ${index + 1}: ${WORDS[index % WORDS.length] as string} ${WORDS[(index * 7) % WORDS.length] as string}`,
        status: index < 5 ? 'AWAITING_RESPONSE' : 'OPEN',
        clock: index < 3 ? 'OVERDUE' : index < 5 ? 'AWAITING' : 'NOT_DUE',
        supportCount: 140 - index * 7,
        supportThreshold: 100,
        thresholdReached: 140 - index * 7 >= 100,
        responseDueAt: index < 5 ? '2026-12-10T00:00:00.000Z' : null,
        threadId: threadIds[index] as string,
        areaId: `a-${index % 14}`,
      }),
    ),
    comments,
  };
}

export const FIXTURES = { thread: threadSummary, area: areaSummary, large: largeSummary } as const;
