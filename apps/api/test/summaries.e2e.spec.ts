import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { API_ROOT } from '../src/config/config.js';
import { codes, registerUser, startTestApp, type TestApp } from './support/test-app.js';

const run = promisify(execFile);
const CLI = path.join(API_ROOT, 'dist/summaries/export.cli.js');

const STATEMENT = `commentId threadId text votes agree disagree pass agreeShare disagreeShare score groups { groupId votes agreeShare disagreeShare }`;
const SUMMARY_FIELDS = `
  scope { threadId areaId categoryId from to title } asOf
  participantCount commentCount voteCount proposalCount
  participation { byArea { areaId areaName participants comments votes } byDay { date participants comments votes } byRole { role participants comments votes } }
  opinionMap { status participantsInMap commentsInMap k silhouette explainedVariance points { participant x y groupId } }
  groups { id size centroid { x y } representativeComments { commentId threadId text direction votes agreeShare disagreeShare outsideShare z } }
  consensus { ${STATEMENT} } divisive { ${STATEMENT} }
  themes { phrase score commentIds } quotes { commentId threadId text score }
  proposals { rank proposalId title status supportCount supportThreshold thresholdReached clock responses { agencyName status text } }
  provenance { engineName engineVersion schemaVersion inputHash parameters inputCounts { participants comments commentVotes proposals excludedComments } }
  downloads { markdown json csv proposalsCsv pdf }`;
const THREAD_SUMMARY = `query($id: ID!) { threadSummary(threadId: $id) { ${SUMMARY_FIELDS} } }`;
const SCOPE_SUMMARY = `query($scope: SummaryScopeInput) { summary(scope: $scope) { ${SUMMARY_FIELDS} } }`;

interface Statement {
  commentId: string;
  text: string;
  agreeShare: number;
  disagreeShare: number;
  groups: { groupId: string; agreeShare: number }[];
}
interface Summary {
  scope: { threadId: string | null; areaId: string | null; title: string };
  participantCount: number;
  commentCount: number;
  voteCount: number;
  proposalCount: number;
  participation: { byArea: { areaName: string; comments: number }[]; byRole: { role: string; participants: number }[] };
  opinionMap: { status: string; participantsInMap: number; points: { participant: string; groupId: string | null }[] };
  groups: { id: string; size: number; representativeComments: { commentId: string; direction: string; agreeShare: number; outsideShare: number }[] }[];
  consensus: Statement[];
  divisive: Statement[];
  themes: { phrase: string; commentIds: string[] }[];
  quotes: { commentId: string; text: string }[];
  proposals: { proposalId: string; title: string; supportCount: number; clock: string }[];
  provenance: { inputHash: string; engineName: string; inputCounts: { comments: number; excludedComments: number; commentVotes: number } };
  downloads: Record<string, string>;
}

/** Common ground everyone agrees with, then each camp's own statements. */
const COMMENTS: { stance: 'C' | 'A' | 'B'; body: string }[] = [
  { stance: 'C', body: 'Pasang rambu peringatan di titik lubang terdalam, itu murah dan bisa segera.' },
  { stance: 'A', body: 'Jalan poros harus diaspal ulang seluruhnya, bukan ditambal sedikit-sedikit.' },
  { stance: 'B', body: 'Perbaiki drainase dulu, karena air yang menggenang merusak aspal baru.' },
  { stance: 'C', body: 'Parit di sisi kiri jalan tersumbat sejak ada perumahan baru.' },
  { stance: 'A', body: 'Truk sawit yang kelebihan muatan harus dibatasi lewat jalan desa.' },
  { stance: 'B', body: 'Gotong royong membersihkan parit bisa dimulai minggu ini tanpa menunggu dinas.' },
  { stance: 'C', body: 'Anak sekolah perlu jalur aman selama perbaikan berlangsung.' },
  { stance: 'A', body: 'Anggaran desa tahun depan sebaiknya diprioritaskan untuk jalan poros.' },
];

const VOTE = `mutation($id: ID!, $value: CommentVote!) { voteComment(commentId: $id, value: $value) { id } }`;

describe('summaries: threadSummary, summary(scope), exports and the export command', () => {
  let t: TestApp;
  let db: pg.Client;
  let villageId: string;
  let districtId: string;
  let otherAreaId: string;
  let categoryId: string;
  let threadId: string;
  let quietThreadId: string;
  const commentIds: string[] = [];
  const campOf = new Map<string, 'A' | 'B'>();
  let heldCommentId: string;
  let hiddenCommentId: string;
  let proposalId: string;
  const voterIds: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ seedReference: true, env: { PUBLIC_WEB_URL: 'https://rembug.example.id' } });
    db = new pg.Client({ connectionString: t.dbUrl });
    await db.connect();
    const ref = await t.gql<{ areas: { id: string; name: string }[]; categories: { id: string; name: string }[] }>(`{ areas { id name } categories { id name } }`);
    villageId = ref.data!.areas.find((a) => a.name === 'Kapur')!.id;
    districtId = ref.data!.areas.find((a) => a.name === 'Sungai Raya')!.id;
    otherAreaId = ref.data!.areas.find((a) => a.name === 'Rasau Jaya Umum')!.id;
    categoryId = ref.data!.categories.find((c) => c.name === 'Jalan dan Jembatan')!.id;

    const author = await registerUser(t);
    const thread = await t.gql<{ createThread: { id: string } }>(
      `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
      { input: { title: 'Jalan poros Desa Kapur rusak', body: 'Apa yang kita usulkan bersama?', areaId: villageId, categoryId } },
      author.token,
    );
    threadId = thread.data!.createThread.id;
    const quiet = await t.gql<{ createThread: { id: string } }>(
      `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
      { input: { title: 'Air bersih di Rasau Jaya', body: 'Air ledeng mati saat kemarau.', areaId: otherAreaId } },
      author.token,
    );
    quietThreadId = quiet.data!.createThread.id;
    await t.gql(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, { input: { threadId: quietThreadId, body: 'Kami beli air tangki setiap minggu.' } }, author.token);

    const writers = await Promise.all(COMMENTS.map(() => registerUser(t)));
    for (const [i, comment] of COMMENTS.entries()) {
      const res = await t.gql<{ addComment: { id: string } }>(
        `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`,
        { input: { threadId, body: comment.body } },
        writers[i]!.token,
      );
      commentIds.push(res.data!.addComment.id);
    }
    // Held for personal data by the guard: it must never reach a summary.
    const held = await t.gql<{ addComment: { id: string } }>(
      `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`,
      { input: { threadId, body: 'Hubungi saya di 0812-9876-5432 atau rahasia.warga@contoh.id untuk gotong royong.' } },
      writers[0]!.token,
    );
    heldCommentId = held.data!.addComment.id;
    // Hidden by a moderator.
    const hidden = await t.gql<{ addComment: { id: string } }>(
      `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`,
      { input: { threadId, body: 'Komentar kasar yang disembunyikan moderator.' } },
      writers[1]!.token,
    );
    hiddenCommentId = hidden.data!.addComment.id;
    await db.query(`UPDATE comments SET hidden = true, hidden_cause = 'MODERATOR', hidden_reason = 'kasar' WHERE id = $1`, [hiddenCommentId]);

    // 36 residents in two camps (22 and 14); everyone votes on every comment, mostly along camp lines.
    const voters = await Promise.all(Array.from({ length: 36 }, () => registerUser(t)));
    for (const [n, voter] of voters.entries()) {
      const camp = n < 22 ? 'A' : 'B';
      campOf.set(voter.id, camp);
      voterIds.push(voter.id);
      for (const [i, comment] of COMMENTS.entries()) {
        const odd = (n * 7 + i * 3) % 10 === 0;
        const value = comment.stance === 'C' ? (odd ? 'PASS' : 'AGREE') : comment.stance === camp ? (odd ? 'PASS' : 'AGREE') : odd ? 'PASS' : 'DISAGREE';
        const res = await t.gql(VOTE, { id: commentIds[i], value }, voter.token);
        expect(res.errors).toBeUndefined();
      }
      await t.gql(VOTE, { id: hiddenCommentId, value: 'AGREE' }, voter.token).catch(() => undefined);
    }
    const proposal = await t.gql<{ createProposal: { id: string } }>(
      `mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }`,
      { input: { title: 'Pasang rambu di jalan poros Kapur', body: 'Rambu di lima titik lubang.', areaId: villageId, threadId } },
      author.token,
    );
    proposalId = proposal.data!.createProposal.id;
    for (const voter of voters.slice(0, 5)) await t.gql(`mutation($id: ID!) { voteProposal(proposalId: $id, value: SUPPORT) { id } }`, { id: proposalId }, voter.token);
    // Personal data that reached a comment before the guard existed: summaries mask it.
    await db.query(`UPDATE comments SET body_text = body_text || ' Kontak RT: 0813-1111-2222.' WHERE id = $1`, [commentIds[3]]);
  });

  afterAll(async () => {
    await db.end();
    await t.close();
  });

  async function threadSummary(id = threadId): Promise<Summary> {
    const res = await t.gql<{ threadSummary: Summary }>(THREAD_SUMMARY, { id });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.threadSummary;
  }

  describe('threadSummary', () => {
    let summary: Summary;
    beforeAll(async () => {
      summary = await threadSummary();
    });

    it('counts the people, comments and votes the public can read, as the database has them', async () => {
      const [counts] = (
        await db.query(
          `SELECT count(DISTINCT v.user_id)::int AS voters, count(*)::int AS votes FROM comment_votes v JOIN comments c ON c.id = v.comment_id
            WHERE c.thread_id = $1 AND NOT c.hidden AND c.deleted_at IS NULL`,
          [threadId],
        )
      ).rows;
      expect(summary.commentCount).toBe(COMMENTS.length);
      expect(summary.voteCount).toBe(counts.votes);
      expect(summary.voteCount).toBe(36 * COMMENTS.length);
      // 36 voters and 8 writers.
      expect(summary.participantCount).toBe(36 + COMMENTS.length);
      expect(summary.provenance.inputCounts.excludedComments).toBe(2);
      expect(summary.proposalCount).toBe(1);
      expect(summary.proposals[0]).toMatchObject({ proposalId, supportCount: 5, clock: 'NOT_DUE' });
      expect(summary.scope).toMatchObject({ threadId, title: 'Jalan poros Desa Kapur rusak' });
      expect(summary.participation.byArea).toEqual([expect.objectContaining({ areaName: 'Kapur', comments: COMMENTS.length })]);
    });

    it('finds the two camps as opinion groups, with the statements that set each apart', () => {
      expect(summary.opinionMap.status).toBe('FORMED');
      expect(summary.groups.map((g) => g.size).sort((a, b) => b - a)).toEqual([22, 14]);
      expect(summary.opinionMap.points).toHaveLength(36);
      const byParticipant = new Map<string, string>();
      for (const point of summary.opinionMap.points) byParticipant.set(point.participant, point.groupId!);
      expect(new Set(byParticipant.values()).size).toBe(2);
      const campA = new Set(COMMENTS.flatMap((c, i) => (c.stance === 'A' ? [commentIds[i]] : [])));
      const largest = summary.groups.find((g) => g.size === 22)!;
      const agreedByLargest = largest.representativeComments.filter((c) => c.direction === 'AGREE').map((c) => c.commentId);
      expect(agreedByLargest.length).toBeGreaterThan(0);
      for (const id of agreedByLargest) expect(campA.has(id)).toBe(true);
      for (const rep of largest.representativeComments) expect(rep.agreeShare).toBeGreaterThanOrEqual(0);
    });

    it('names common ground as consensus and the camps\' statements as divisive, with per-group shares', () => {
      const stance = (id: string) => COMMENTS[commentIds.indexOf(id)]?.stance;
      expect(summary.consensus.length).toBeGreaterThan(0);
      for (const statement of summary.consensus) {
        expect(stance(statement.commentId)).toBe('C');
        expect(statement.groups).toHaveLength(2);
        for (const group of statement.groups) expect(group.agreeShare).toBeGreaterThan(0.5);
      }
      expect(summary.divisive.length).toBeGreaterThan(0);
      for (const statement of summary.divisive) expect(['A', 'B']).toContain(stance(statement.commentId));
    });

    it('leaves out hidden and held comments and their votes, masks personal data, and never names an account', () => {
      const text = JSON.stringify(summary);
      expect(text).not.toContain(heldCommentId);
      expect(text).not.toContain(hiddenCommentId);
      expect(text).not.toMatch(/0812-9876-5432|rahasia\.warga|kasar yang disembunyikan/);
      expect(text).not.toContain('0813-1111-2222');
      for (const id of voterIds) expect(text).not.toContain(id);
      for (const quote of summary.quotes) {
        const comment = [...summary.consensus, ...summary.divisive].find((c) => c.commentId === quote.commentId);
        if (comment) expect(comment.text).toContain(quote.text);
        expect(commentIds).toContain(quote.commentId);
      }
    });

    it('records provenance and links to the files', () => {
      expect(summary.provenance.engineName).toBe('@rembug/summary-engine');
      expect(summary.provenance.inputHash).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(summary.downloads).toEqual({
        markdown: `/exports/threads/${threadId}/summary.md`,
        json: `/exports/threads/${threadId}/summary.json`,
        csv: `/exports/threads/${threadId}/summary.csv`,
        proposalsCsv: `/exports/threads/${threadId}/summary-proposals.csv`,
        pdf: `/exports/threads/${threadId}/summary.pdf`,
      });
    });

    it('says there are no groups yet for a discussion with too few votes', async () => {
      const quiet = await threadSummary(quietThreadId);
      expect(quiet.groups).toEqual([]);
      expect(quiet.opinionMap.status).not.toBe('FORMED');
      expect(quiet).toMatchObject({ commentCount: 1, voteCount: 0, participantCount: 1 });
    });

    it('refuses bad ids and discussions the public cannot read', async () => {
      expect(codes(await t.gql(THREAD_SUMMARY, { id: 'nope' }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await t.gql(THREAD_SUMMARY, { id: '00000000-0000-4000-8000-000000000000' }))).toEqual(['NOT_FOUND']);
      const gone = await t.gql<{ createThread: { id: string } }>(
        `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
        { input: { title: 'Diskusi yang akan disembunyikan', body: 'Isi', areaId: villageId } },
        (await registerUser(t)).token,
      );
      await db.query(`UPDATE threads SET hidden = true, hidden_cause = 'MODERATOR' WHERE id = $1`, [gone.data!.createThread.id]);
      expect(codes(await t.gql(THREAD_SUMMARY, { id: gone.data!.createThread.id }))).toEqual(['NOT_FOUND']);
    });
  });

  describe('summary(scope)', () => {
    const scoped = (scope: Record<string, unknown> | null) => t.gql<{ summary: Summary }>(SCOPE_SUMMARY, { scope });

    it('covers an area with its villages, a category, and the whole regency', async () => {
      const district = (await scoped({ areaId: districtId })).data!.summary;
      expect(district.scope).toMatchObject({ areaId: districtId, title: 'Sungai Raya' });
      expect(district.commentCount).toBe(COMMENTS.length);
      expect(district.downloads.pdf).toBe(`/exports/summary.pdf?areaId=${districtId}`);
      const roads = (await scoped({ categoryId })).data!.summary;
      expect(roads.commentCount).toBe(COMMENTS.length);
      const all = (await scoped(null)).data!.summary;
      expect(all.commentCount).toBe(COMMENTS.length + 1);
      const other = (await scoped({ areaId: otherAreaId })).data!.summary;
      expect(other).toMatchObject({ commentCount: 1, groups: [] });
    });

    it('narrows to a time range', async () => {
      const future = (await scoped({ from: new Date(Date.now() + 86_400_000).toISOString() })).data!.summary;
      expect(future).toMatchObject({ commentCount: 0, voteCount: 0, participantCount: 0, groups: [] });
      const past = (await scoped({ from: '2020-01-01T00:00:00.000Z', to: new Date(Date.now() + 60_000).toISOString() })).data!.summary;
      expect(past.commentCount).toBe(COMMENTS.length + 1);
    });

    it('refuses a scope that cannot be read', async () => {
      expect(codes(await scoped({ areaId: 'x' }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await scoped({ areaId: '00000000-0000-4000-8000-000000000000' }))).toEqual(['NOT_FOUND']);
      expect(codes(await scoped({ categoryId: '00000000-0000-4000-8000-000000000000' }))).toEqual(['NOT_FOUND']);
      const wrongWay = await scoped({ from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' });
      expect(codes(wrongWay)).toEqual(['BAD_USER_INPUT']);
      expect(wrongWay.errors![0]!.extensions!.field).toBe('scope.to');
    });
  });

  describe('GET /exports', () => {
    /** Any response body as a Buffer. */
    async function download(url: string): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
      const res = await t
        .http()
        .get(url)
        .buffer(true)
        .parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        });
      return { status: res.status, headers: res.headers as Record<string, string>, body: res.body as Buffer };
    }

    it('serves the brief as Markdown in Bahasa Indonesia or English, with links to the comments', async () => {
      const id = await download(`/exports/threads/${threadId}/summary.md`);
      expect(id.status).toBe(200);
      expect(id.headers['content-type']).toMatch(/^text\/markdown/);
      expect(id.headers['content-disposition']).toMatch(/^attachment; filename="rembug-ringkasan-jalan-poros-desa-kapur-rusak-\d{4}-\d{2}-\d{2}\.md"$/);
      const md = id.body.toString('utf8');
      expect(md).toContain('Jalan poros Desa Kapur rusak');
      expect(md).toContain(`https://rembug.example.id/threads/${threadId}?comment=`);
      expect(md).not.toMatch(/0812-9876-5432|0813-1111-2222|kasar yang disembunyikan/);
      const en = (await download(`/exports/threads/${threadId}/summary.md?lang=en`)).body.toString('utf8');
      expect(en).not.toBe(md);
      expect(en).toContain('Jalan poros Desa Kapur rusak');
    });

    it('serves the same data as JSON as the query gives', async () => {
      const res = await download(`/exports/threads/${threadId}/summary.json`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const json = JSON.parse(res.body.toString('utf8'));
      const query = await threadSummary();
      expect(json.participation.participantCount).toBe(query.participantCount);
      expect(json.participation.voteCount).toBe(query.voteCount);
      expect(json.provenance.inputHash).toBe(query.provenance.inputHash);
      expect(json.opinionGroups.groups.map((g: { size: number }) => g.size)).toEqual(query.groups.map((g) => g.size));
      expect(json.consensus.map((c: { commentId: string }) => c.commentId)).toEqual(query.consensus.map((c) => c.commentId));
    });

    it('streams comments and proposals as CSV', async () => {
      const comments = await download(`/exports/threads/${threadId}/summary.csv`);
      expect(comments.status).toBe(200);
      expect(comments.headers['content-type']).toMatch(/^text\/csv/);
      const lines = comments.body.toString('utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
      expect(lines[0]).toMatch(/^comment_id,thread_id,/);
      expect(lines[0]).toContain('group_A_agree_share');
      expect(lines).toHaveLength(1 + COMMENTS.length);
      for (const id of commentIds) expect(comments.body.toString('utf8')).toContain(id);
      const proposals = await download(`/exports/threads/${threadId}/summary-proposals.csv`);
      expect(proposals.status).toBe(200);
      const rows = proposals.body.toString('utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
      expect(rows).toHaveLength(2);
      expect(rows[1]).toContain(proposalId);
    });

    it('serves the PDF policy brief', async () => {
      const res = await download(`/exports/threads/${threadId}/summary.pdf`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(res.body.toString('latin1')).toContain('/FontFile2');
      expect(res.body.subarray(-8).toString('latin1')).toContain('%%EOF');
    });

    it('exports a scope, and refuses what it cannot serve without computing anything', async () => {
      const md = await download(`/exports/summary.md?areaId=${districtId}&from=2020-01-01`);
      expect(md.status).toBe(200);
      expect(md.body.toString('utf8')).toContain('Sungai Raya');
      const cases: [string, number][] = [
        [`/exports/threads/${threadId}/summary.docx`, 404],
        [`/exports/threads/${threadId}/summary.md?lang=fr`, 400],
        [`/exports/threads/nope/summary.md`, 400],
        [`/exports/threads/00000000-0000-4000-8000-000000000000/summary.pdf`, 404],
        [`/exports/summary.csv?areaId=00000000-0000-4000-8000-000000000000`, 404],
        [`/exports/summary.csv?from=yesterday`, 400],
        [`/exports/summary.csv?from=2026-02-30`, 400],
        [`/exports/summary.csv?from=2026-02-01&to=2026-01-01`, 400],
        [`/exports/summary.csv?areaId=${districtId}&areaId=${otherAreaId}`, 400],
      ];
      for (const [url, status] of cases) {
        const res = await download(url);
        expect([url, res.status]).toEqual([url, status]);
        expect(JSON.parse(res.body.toString('utf8')).error).toEqual(expect.any(String));
      }
    });
  });

  describe('npm run export', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rembug-export-'));
    });
    afterAll(() => fs.rm(dir, { recursive: true, force: true }));

    async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
      await fs.access(CLI).catch(() => {
        throw new Error(`${CLI} is missing: build the API first (npx nx run api:build).`);
      });
      const env: Record<string, string> = {};
      for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
      delete env.NODE_OPTIONS;
      Object.assign(env, { DATABASE_URL: t.dbUrl, PUBLIC_WEB_URL: 'https://rembug.example.id', INIT_CWD: dir });
      try {
        const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { env });
        return { code: 0, out: stdout.trim(), err: stderr.trim() };
      } catch (error) {
        const failed = error as { code: number; stdout: string; stderr: string };
        return { code: failed.code, out: failed.stdout.trim(), err: failed.stderr.trim() };
      }
    }

    it('writes every format for a discussion and an area, with progress on stderr', async () => {
      for (const format of ['md', 'json', 'csv', 'proposals-csv', 'pdf']) {
        const result = await cli(['--thread', threadId, '--format', format, '--out', `thread.${format}`]);
        expect([format, result.code]).toEqual([format, 0]);
        expect(result.out).toContain(path.join(dir, `thread.${format}`));
        expect(result.err).toMatch(/reading votes/);
      }
      const json = JSON.parse(await fs.readFile(path.join(dir, 'thread.json'), 'utf8'));
      expect(json.participation.voteCount).toBe(36 * COMMENTS.length);
      expect((await fs.readFile(path.join(dir, 'thread.pdf'))).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const area = await cli(['--area', districtId, '--from', '2020-01-01', '--format', 'md', '--out', 'area.md', '--lang', 'en', '--quiet']);
      expect(area.code).toBe(0);
      expect(area.err).toBe('');
      expect(await fs.readFile(path.join(dir, 'area.md'), 'utf8')).toContain('Sungai Raya');
    });

    it('says what is wrong with its arguments (exit 2) or that nothing was found (exit 1)', async () => {
      expect((await cli(['--format', 'md', '--out', 'x.md'])).code).toBe(2);
      expect((await cli(['--thread', 'nope', '--format', 'md', '--out', 'x.md'])).code).toBe(2);
      expect((await cli(['--thread', threadId, '--format', 'docx', '--out', 'x.docx'])).err).toMatch(/--format must be one of/);
      const missing = await cli(['--thread', '00000000-0000-4000-8000-000000000000', '--format', 'md', '--out', 'x.md']);
      expect(missing.code).toBe(1);
      expect(missing.err).toMatch(/not found/);
      await expect(fs.access(path.join(dir, 'x.md'))).rejects.toThrow();
    });
  });

  describe('links to a comment', () => {
    const PAGE = `query($id: ID!, $around: ID) { thread(id: $id) { comments(first: 3, around: $around) { edges { node { id } } pageInfo { hasPreviousPage } } } }`;
    const page = async (around: string | null) => {
      const res = await t.gql<{ thread: { comments: { edges: { node: { id: string } }[]; pageInfo: { hasPreviousPage: boolean } } } }>(PAGE, { id: threadId, around });
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      return { ids: res.data.thread.comments.edges.map((e) => e.node.id), previous: res.data.thread.comments.pageInfo.hasPreviousPage };
    };

    it('open the page of comments that holds it, so a quote’s link lands on its words', async () => {
      // Pages of three, oldest first: the eighth comment is on the third page, after the sixth and seventh.
      const third = await page(commentIds[7]!);
      expect(third.previous).toBe(true);
      expect(third.ids.slice(0, 2)).toEqual([commentIds[6], commentIds[7]]);
      expect((await page(commentIds[4]!)).ids).toEqual(commentIds.slice(3, 6));
      expect(await page(commentIds[1]!)).toEqual({ ids: commentIds.slice(0, 3), previous: false });
      // Not in this discussion (or not at all): the first page, as a plain link would give.
      expect((await page('00000000-0000-4000-8000-000000000000')).ids).toEqual(commentIds.slice(0, 3));
      expect(codes(await t.gql(PAGE, { id: threadId, around: 'nope' }))).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('limits', () => {
    it('counts summaries per client address and says how long to wait', async () => {
      const limited = await startTestApp({ seedReference: true, env: { RATE_LIMIT_ALLOWLIST: '' } });
      try {
        const person = await registerUser(limited);
        const areas = await limited.gql<{ areas: { id: string; name: string }[] }>(`{ areas { id name } }`);
        const kapur = areas.data!.areas.find((a) => a.name === 'Kapur')!.id;
        const created = await limited.gql<{ createThread: { id: string } }>(
          `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
          { input: { title: 'Lampu jalan mati di simpang tiga', body: 'Sudah dua minggu gelap.', areaId: kapur } },
          person.token,
        );
        const id = created.data!.createThread.id;
        for (let i = 0; i < 30; i++) expect((await limited.http().get(`/exports/threads/${id}/summary.json`)).status).toBe(200);
        const refused = await limited.http().get(`/exports/threads/${id}/summary.json`);
        expect(refused.status).toBe(429);
        expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
        expect(refused.body).toMatchObject({ code: 'RATE_LIMITED', error: expect.stringMatching(/Wait/) });
        const query = await limited.gql(THREAD_SUMMARY, { id });
        expect(codes(query)).toEqual(['RATE_LIMITED']);
        expect(query.errors![0]!.extensions!.retryAfter).toEqual(expect.any(Number));
      } finally {
        await limited.close();
      }
    });
  });
});
