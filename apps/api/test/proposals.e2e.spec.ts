import { verifyChain } from '@rembug/audit-chain';
import { DataSource } from 'typeorm';
import { codes, registerUser, startTestApp, type TestApp } from './support/test-app.js';

const ADMIN = { ADMIN_EMAIL: 'admin@kabupaten.example.id', ADMIN_PASSWORD: 'admin-password-2026' };

const PROPOSAL_FIELDS = `id title status supportCount opposeCount myVote supportThreshold responseDueAt overdue
  agency { shortName } thread { id } area { name } category { name } author { id email }
  responses { id status body author { id } agency { shortName } }
  statusHistory { from to cause reason by { id } at }`;
const CREATE = `mutation($input: CreateProposalInput!) { createProposal(input: $input) { ${PROPOSAL_FIELDS} } }`;
const VOTE = `mutation($id: ID!, $value: ProposalVote!) { voteProposal(proposalId: $id, value: $value) { id status supportCount opposeCount myVote responseDueAt } }`;
const RESPOND = `mutation($input: RespondToProposalInput!) { respondToProposal(input: $input) { id status body bodyHtml createdAt author { id } agency { shortName } } }`;
const GET = `query($id: ID!) { proposal(id: $id) { ${PROPOSAL_FIELDS} viewerCanVote viewerCanWithdraw viewerResponseStatuses } }`;
const WITHDRAW = `mutation($id: ID!, $reason: String) { withdrawProposal(proposalId: $id, reason: $reason) { status statusHistory { from to cause reason } } }`;

interface Proposal {
  id: string;
  status: string;
  supportCount: number;
  opposeCount: number;
  myVote: string;
  supportThreshold: number;
  responseDueAt: string | null;
  overdue: boolean;
  agency: { shortName: string } | null;
  thread: { id: string } | null;
  responses: { id: string; status: string; body: string; author: { id: string }; agency: { shortName: string } | null }[];
  statusHistory: { from: string | null; to: string; cause: string; reason: string | null; by: { id: string } | null; at: string }[];
  viewerCanVote?: boolean;
  viewerCanWithdraw?: boolean;
  viewerResponseStatuses?: string[];
}

describe('proposals, support and official responses', () => {
  let t: TestApp;
  let db: DataSource;
  let villageId: string;
  let districtId: string;
  let roadsId: string;
  let healthId: string;
  let pupr: string;
  let dinkes: string;
  let admin: { token: string; id: string };
  let author: { token: string; id: string };
  let puprOfficial: { token: string; id: string };
  let dinkesOfficial: { token: string; id: string };
  let moderator: { token: string; id: string };

  beforeAll(async () => {
    t = await startTestApp({ seedReference: true, env: ADMIN });
    db = t.app.get(DataSource);
    const ref = await t.gql<{ areas: { id: string; name: string; level: string }[]; categories: { id: string; name: string }[]; agencies: { id: string; shortName: string }[] }>(
      `{ areas { id name level } categories { id name } agencies { id shortName } }`,
    );
    villageId = ref.data!.areas.find((a) => a.name === 'Kapur')!.id;
    districtId = ref.data!.areas.find((a) => a.name === 'Sungai Raya' && a.level === 'DISTRICT')!.id;
    roadsId = ref.data!.categories.find((c) => c.name === 'Jalan dan Jembatan')!.id;
    healthId = ref.data!.categories.find((c) => c.name === 'Kesehatan')!.id;
    pupr = ref.data!.agencies.find((a) => a.shortName === 'Dinas PUPR')!.id;
    dinkes = ref.data!.agencies.find((a) => a.shortName === 'Dinkes')!.id;
    const login = await t.gql<{ login: { token: string; user: { id: string } } }>(
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id } } }`,
      { e: ADMIN.ADMIN_EMAIL, p: ADMIN.ADMIN_PASSWORD },
    );
    admin = { token: login.data!.login.token, id: login.data!.login.user.id };
    author = await registerUser(t);
    const promote = async (role: string, agencyId?: string) => {
      const user = await registerUser(t);
      const res = await t.gql(`mutation($u: ID!, $r: Role!, $a: ID) { setUserRole(userId: $u, role: $r, agencyId: $a) { id } }`, { u: user.id, r: role, a: agencyId }, admin.token);
      expect(res.errors).toBeUndefined();
      return user;
    };
    puprOfficial = await promote('OFFICIAL', pupr);
    dinkesOfficial = await promote('OFFICIAL', dinkes);
    moderator = await promote('MODERATOR');
  });
  afterAll(() => t.close());

  async function newProposal(input: Record<string, unknown> = {}, token = author.token): Promise<Proposal> {
    const res = await t.gql<{ createProposal: Proposal }>(
      CREATE,
      { input: { title: 'Perbaiki jalan poros Desa Kapur', body: 'Jalan poros **rusak berat** sepanjang 2 km.', areaId: villageId, categoryId: roadsId, ...input } },
      token,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createProposal;
  }

  async function get(id: string, token?: string): Promise<Proposal> {
    return (await t.gql<{ proposal: Proposal }>(GET, { id }, token)).data!.proposal;
  }

  async function setThreshold(areaId: string, threshold: number | null) {
    await db.query(`UPDATE areas SET support_threshold = $2 WHERE id = $1`, [areaId, threshold]);
  }

  async function voters(n: number): Promise<string[]> {
    const tokens: string[] = [];
    for (let i = 0; i < n; i++) tokens.push((await registerUser(t)).token);
    return tokens;
  }

  it('creates a proposal routed to the category’s agency, with the area’s threshold and a first history entry', async () => {
    const p = await newProposal();
    expect(p).toMatchObject({
      status: 'OPEN',
      supportCount: 0,
      opposeCount: 0,
      myVote: 'NONE',
      supportThreshold: 50,
      responseDueAt: null,
      overdue: false,
      agency: { shortName: 'Dinas PUPR' },
      thread: null,
      area: { name: 'Kapur' },
      author: { id: author.id, email: null },
      responses: [],
    });
    expect(p.statusHistory).toEqual([{ from: null, to: 'OPEN', cause: 'CREATED', reason: null, by: { id: author.id }, at: expect.any(String) }]);
  });

  it('links a proposal and the thread it grew from both ways, taking the thread’s category', async () => {
    const thread = await t.gql<{ createThread: { id: string } }>(
      `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
      { input: { title: 'Puskesmas kekurangan obat', body: 'Stok obat sering habis.', areaId: villageId, categoryId: healthId } },
      author.token,
    );
    const threadId = thread.data!.createThread.id;
    const p = await newProposal({ threadId, categoryId: null, title: 'Tambah stok obat Puskesmas Kapur' });
    expect(p).toMatchObject({ thread: { id: threadId }, category: { name: 'Kesehatan' }, agency: { shortName: 'Dinkes' } });
    const back = await t.gql<{ thread: { proposals: { id: string; title: string }[] } }>(`query($id: ID!) { thread(id: $id) { proposals { id title } } }`, { id: threadId });
    expect(back.data!.thread.proposals).toEqual([{ id: p.id, title: 'Tambah stok obat Puskesmas Kapur' }]);
  });

  it('rejects bad input naming the field, writing nothing', async () => {
    const [{ count: before }] = await db.query(`SELECT count(*)::int AS count FROM proposals`);
    const cases: [Record<string, unknown>, string][] = [
      [{ title: 'Hai' }, 'input.title'],
      [{ title: 'x'.repeat(201) }, 'input.title'],
      [{ body: ' ' }, 'input.body'],
      [{ body: 'x'.repeat(20_001) }, 'input.body'],
      [{ areaId: 'kapur' }, 'input.areaId'],
      [{ areaId: '00000000-0000-4000-8000-000000000000' }, 'input.areaId'],
      [{ threadId: '00000000-0000-4000-8000-000000000000' }, 'input.threadId'],
      [{ categoryId: '00000000-0000-4000-8000-000000000000' }, 'input.categoryId'],
    ];
    for (const [override, field] of cases) {
      const res = await t.gql(CREATE, { input: { title: 'Usulan yang baik', body: 'Isi', areaId: villageId, ...override } }, author.token);
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions!.field).toBe(field);
    }
    expect(codes(await t.gql(CREATE, { input: { title: 'Usulan yang baik', body: 'Isi', areaId: villageId } }))).toEqual(['UNAUTHENTICATED']);
    const [{ count: after }] = await db.query(`SELECT count(*)::int AS count FROM proposals`);
    expect(after).toBe(before);
    expect(await t.gql(GET, { id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ data: { proposal: null } });
    expect(await t.gql(GET, { id: 'not-an-id' })).toMatchObject({ data: { proposal: null } });
  });

  it('keeps one changeable vote per person and refuses the author’s own', async () => {
    const p = await newProposal();
    const [voter] = await voters(1);
    expect(codes(await t.gql(VOTE, { id: p.id, value: 'SUPPORT' }, author.token))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(VOTE, { id: p.id, value: 'SUPPORT' }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await t.gql(VOTE, { id: '00000000-0000-4000-8000-000000000000', value: 'SUPPORT' }, voter))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(VOTE, { id: 'x', value: 'SUPPORT' }, voter))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(VOTE, { id: p.id, value: 'MAYBE' }, voter))).toEqual(['BAD_USER_INPUT']);
    const seq = ['SUPPORT', 'SUPPORT', 'OPPOSE', 'NONE'];
    const expected = [[1, 0], [1, 0], [0, 1], [0, 0]];
    for (const [i, value] of seq.entries()) {
      const res = await t.gql<{ voteProposal: Proposal }>(VOTE, { id: p.id, value }, voter);
      expect(res.data!.voteProposal).toMatchObject({ supportCount: expected[i][0], opposeCount: expected[i][1], myVote: value });
    }
    expect((await get(p.id, author.token)).viewerCanVote).toBe(false);
    expect((await get(p.id, voter)).viewerCanVote).toBe(true);
  });

  it('moves to AWAITING_RESPONSE exactly once when the threshold is reached, with a deadline', async () => {
    await setThreshold(villageId, 3);
    const p = await newProposal();
    expect(p.supportThreshold).toBe(3);
    await setThreshold(villageId, null);
    const tokens = await voters(4);
    await t.gql(VOTE, { id: p.id, value: 'SUPPORT' }, tokens[0]);
    await t.gql(VOTE, { id: p.id, value: 'OPPOSE' }, tokens[1]);
    await t.gql(VOTE, { id: p.id, value: 'SUPPORT' }, tokens[2]);
    expect((await get(p.id)).status).toBe('OPEN');
    const before = Date.now();
    const reached = await t.gql<{ voteProposal: Proposal }>(VOTE, { id: p.id, value: 'SUPPORT' }, tokens[3]);
    expect(reached.data!.voteProposal).toMatchObject({ status: 'AWAITING_RESPONSE', supportCount: 3 });
    const due = Date.parse(reached.data!.voteProposal.responseDueAt!);
    expect(Math.abs(due - (before + 14 * 86_400_000))).toBeLessThan(60_000);
    // Support falling back does not stop the clock.
    await t.gql(VOTE, { id: p.id, value: 'NONE' }, tokens[3]);
    const after = await get(p.id);
    expect(after).toMatchObject({ status: 'AWAITING_RESPONSE', supportCount: 2, overdue: false });
    expect(after.statusHistory.map((s) => [s.from, s.to, s.cause, s.by])).toEqual([
      [null, 'OPEN', 'CREATED', { id: author.id }],
      ['OPEN', 'AWAITING_RESPONSE', 'THRESHOLD_REACHED', null],
    ]);
  });

  it('counts exactly and crosses the threshold once under hundreds of simultaneous votes', async () => {
    await setThreshold(villageId, 40);
    const p = await newProposal();
    await setThreshold(villageId, null);
    const tokens = await voters(100);
    const requests: Promise<{ errors?: unknown }>[] = [];
    tokens.forEach((token, i) => {
      // Everyone supports twice at once; every third person also switches to oppose, every fifth withdraws.
      requests.push(t.gql(VOTE, { id: p.id, value: 'SUPPORT' }, token));
      requests.push(t.gql(VOTE, { id: p.id, value: 'SUPPORT' }, token));
      if (i % 3 === 0) requests.push(t.gql(VOTE, { id: p.id, value: 'OPPOSE' }, token));
      if (i % 5 === 0) requests.push(t.gql(VOTE, { id: p.id, value: 'NONE' }, token));
    });
    expect(requests.length).toBeGreaterThan(250);
    const results = await Promise.all(requests);
    expect(results.filter((r) => r.errors)).toEqual([]);
    const [recount] = await db.query(
      `SELECT count(*) FILTER (WHERE value = 'SUPPORT')::int AS support, count(*) FILTER (WHERE value = 'OPPOSE')::int AS oppose
         FROM proposal_votes WHERE proposal_id = $1`,
      [p.id],
    );
    const [cached] = await db.query(`SELECT support_count AS support, oppose_count AS oppose FROM proposals WHERE id = $1`, [p.id]);
    expect(cached).toEqual(recount);
    expect(recount.support + recount.oppose).toBeLessThanOrEqual(100);
    // At least 40 people (those not also switching or withdrawing) support to the end, so the threshold was crossed — once.
    const history = (await get(p.id)).statusHistory;
    expect(history.filter((s) => s.cause === 'THRESHOLD_REACHED')).toHaveLength(1);
    expect((await get(p.id)).status).toBe('AWAITING_RESPONSE');
  });

  it('lets an official of the proposal’s agency answer, building a public timeline', async () => {
    const p = await newProposal();
    const other = await t.gql(RESPOND, { input: { proposalId: p.id, body: 'Kami cek.', status: 'UNDER_REVIEW' } }, dinkesOfficial.token);
    expect(codes(other)).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(RESPOND, { input: { proposalId: p.id, body: 'Kami cek.', status: 'UNDER_REVIEW' } }, author.token))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(RESPOND, { input: { proposalId: p.id, body: 'Kami cek.', status: 'UNDER_REVIEW' } }))).toEqual(['UNAUTHENTICATED']);
    expect((await get(p.id, puprOfficial.token)).viewerResponseStatuses).toEqual(['UNDER_REVIEW', 'ACCEPTED', 'REJECTED']);
    expect((await get(p.id, dinkesOfficial.token)).viewerResponseStatuses).toEqual([]);

    const first = await t.gql<{ respondToProposal: { status: string; bodyHtml: string; agency: { shortName: string }; author: { id: string } } }>(
      RESPOND,
      { input: { proposalId: p.id, body: 'Tim kami **meninjau** lokasi minggu ini.', status: 'UNDER_REVIEW' } },
      puprOfficial.token,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.respondToProposal).toMatchObject({ status: 'UNDER_REVIEW', agency: { shortName: 'Dinas PUPR' }, author: { id: puprOfficial.id } });
    expect(first.data!.respondToProposal.bodyHtml).toContain('<strong>meninjau</strong>');
    const steps: [string, string][] = [
      ['UNDER_REVIEW', 'Survei selesai, menunggu anggaran.'],
      ['ACCEPTED', 'Masuk anggaran perubahan 2027.'],
      ['IMPLEMENTED', 'Pengaspalan selesai.'],
    ];
    for (const [status, body] of steps) {
      const res = await t.gql(RESPOND, { input: { proposalId: p.id, body, status } }, status === 'IMPLEMENTED' ? admin.token : puprOfficial.token);
      expect(res.errors).toBeUndefined();
    }
    const done = await get(p.id);
    expect(done.status).toBe('IMPLEMENTED');
    expect(done.responses.map((r) => r.status)).toEqual(['UNDER_REVIEW', 'UNDER_REVIEW', 'ACCEPTED', 'IMPLEMENTED']);
    expect(done.responses[3].author.id).toBe(admin.id);
    expect(done.statusHistory.map((s) => `${s.from}→${s.to}:${s.cause}`)).toEqual([
      'null→OPEN:CREATED',
      'OPEN→UNDER_REVIEW:OFFICIAL_RESPONSE',
      'UNDER_REVIEW→ACCEPTED:OFFICIAL_RESPONSE',
      'ACCEPTED→IMPLEMENTED:OFFICIAL_RESPONSE',
    ]);
    // The clock started with the first answer, which was therefore on time.
    const [row] = await db.query(`SELECT clock_started_at <= first_response_at AND first_response_at <= response_due_at AS ok FROM proposals WHERE id = $1`, [p.id]);
    expect(row.ok).toBe(true);
    // Voting closes once decided.
    const [voter] = await voters(1);
    expect(codes(await t.gql(VOTE, { id: p.id, value: 'SUPPORT' }, voter))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses illegal transitions with BAD_USER_INPUT and changes nothing', async () => {
    const p = await newProposal();
    const attempt = (status: string) => t.gql(RESPOND, { input: { proposalId: p.id, body: 'Tanggapan.', status } }, puprOfficial.token);
    for (const status of ['OPEN', 'AWAITING_RESPONSE', 'IMPLEMENTED', 'WITHDRAWN']) {
      const res = await attempt(status);
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions!.field).toBe('input.status');
    }
    expect(codes(await attempt('NOT_A_STATUS'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(RESPOND, { input: { proposalId: p.id, body: '  ', status: 'ACCEPTED' } }, puprOfficial.token))).toEqual(['BAD_USER_INPUT']);
    expect((await get(p.id)).responses).toEqual([]);
    expect((await attempt('REJECTED')).errors).toBeUndefined();
    for (const status of ['ACCEPTED', 'UNDER_REVIEW', 'IMPLEMENTED']) expect(codes(await attempt(status))).toEqual(['BAD_USER_INPUT']);
    const after = await get(p.id);
    expect(after.status).toBe('REJECTED');
    expect(after.responses).toHaveLength(1);
    expect(codes(await t.gql(RESPOND, { input: { proposalId: '00000000-0000-4000-8000-000000000000', body: 'x', status: 'ACCEPTED' } }, puprOfficial.token))).toEqual(['NOT_FOUND']);
  });

  it('lets only the author withdraw, and only before any official response', async () => {
    const p = await newProposal();
    const [voter] = await voters(1);
    expect(codes(await t.gql(WITHDRAW, { id: p.id }, voter))).toEqual(['FORBIDDEN']);
    expect((await get(p.id, author.token)).viewerCanWithdraw).toBe(true);
    const res = await t.gql<{ withdrawProposal: Proposal }>(WITHDRAW, { id: p.id, reason: 'Sudah diperbaiki swadaya.' }, author.token);
    expect(res.data!.withdrawProposal.status).toBe('WITHDRAWN');
    expect(res.data!.withdrawProposal.statusHistory.at(-1)).toEqual({ from: 'OPEN', to: 'WITHDRAWN', cause: 'WITHDRAWN_BY_AUTHOR', reason: 'Sudah diperbaiki swadaya.' });
    expect(codes(await t.gql(WITHDRAW, { id: p.id }, author.token))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(VOTE, { id: p.id, value: 'SUPPORT' }, voter))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(RESPOND, { input: { proposalId: p.id, body: 'x', status: 'ACCEPTED' } }, puprOfficial.token))).toEqual(['BAD_USER_INPUT']);

    const answered = await newProposal();
    await t.gql(RESPOND, { input: { proposalId: answered.id, body: 'Kami tinjau.', status: 'UNDER_REVIEW' } }, puprOfficial.token);
    expect(codes(await t.gql(WITHDRAW, { id: answered.id }, author.token))).toEqual(['BAD_USER_INPUT']);
    expect((await get(answered.id)).status).toBe('UNDER_REVIEW');
  });

  it('lets moderators route a proposal to another agency, whose officials may then answer', async () => {
    const p = await newProposal();
    const ASSIGN = `mutation($p: ID!, $a: ID!) { assignProposalAgency(proposalId: $p, agencyId: $a) { agency { shortName } } }`;
    expect(codes(await t.gql(ASSIGN, { p: p.id, a: dinkes }, author.token))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(ASSIGN, { p: p.id, a: '00000000-0000-4000-8000-000000000000' }, moderator.token))).toEqual(['BAD_USER_INPUT']);
    const res = await t.gql<{ assignProposalAgency: { agency: { shortName: string } } }>(ASSIGN, { p: p.id, a: dinkes }, moderator.token);
    expect(res.data!.assignProposalAgency.agency.shortName).toBe('Dinkes');
    expect(codes(await t.gql(RESPOND, { input: { proposalId: p.id, body: 'x', status: 'UNDER_REVIEW' } }, puprOfficial.token))).toEqual(['FORBIDDEN']);
    expect((await t.gql(RESPOND, { input: { proposalId: p.id, body: 'Kami ambil alih.', status: 'UNDER_REVIEW' } }, dinkesOfficial.token)).errors).toBeUndefined();
  });

  it('lists proposals by area (with the villages inside), status and support, page by page', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) ids.add((await newProposal({ title: `Usulan nomor ${i} untuk Kapur` })).id);
    const LIST = `query($after: String, $area: ID, $status: ProposalStatus, $sort: ProposalSort) {
      proposals(first: 2, after: $after, areaId: $area, status: $status, sort: $sort) { totalCount edges { node { id status supportCount } } pageInfo { hasNextPage endCursor } }
    }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: { data?: null | { proposals: { totalCount: number; edges: { node: { id: string; status: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } } =
        await t.gql(LIST, { after, area: districtId, status: 'OPEN', sort: 'TOP' });
      total = page.data!.proposals.totalCount;
      seen.push(...page.data!.proposals.edges.map((e) => e.node.id));
      expect(page.data!.proposals.edges.every((e) => e.node.status === 'OPEN')).toBe(true);
      after = page.data!.proposals.pageInfo.hasNextPage ? page.data!.proposals.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    for (const id of ids) expect(seen).toContain(id);
    expect(codes(await t.gql(LIST, { area: 'nope' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(LIST, { after: 'garbage' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('marks unanswered proposals overdue past the deadline and reports agencies’ accountability', async () => {
    // A fresh period, far in the past, holds exactly the proposals arranged here.
    const from = '2020-01-01T00:00:00.000Z';
    const to = '2020-02-01T00:00:00.000Z';
    const arrange = async (startedAt: string, dueAt: string, answeredAt: string | null, agencyId: string) => {
      const p = await newProposal();
      await db.query(
        `UPDATE proposals SET status = $5, clock_started_at = $2, response_due_at = $3, first_response_at = $4, agency_id = $6 WHERE id = $1`,
        [p.id, startedAt, dueAt, answeredAt, answeredAt ? 'UNDER_REVIEW' : 'AWAITING_RESPONSE', agencyId],
      );
      return p.id;
    };
    await arrange('2020-01-02T00:00:00Z', '2020-01-16T00:00:00Z', '2020-01-03T00:00:00Z', pupr); // 24 h, on time
    await arrange('2020-01-05T00:00:00Z', '2020-01-19T00:00:00Z', '2020-01-25T00:00:00Z', pupr); // 480 h, late
    await arrange('2020-01-06T00:00:00Z', '2020-01-20T00:00:00Z', '2020-01-08T00:00:00Z', pupr); // 48 h, on time
    const overdueId = await arrange('2020-01-10T00:00:00Z', '2020-01-24T00:00:00Z', null, pupr); // never answered
    await arrange('2020-03-01T00:00:00Z', '2020-03-15T00:00:00Z', null, dinkes); // outside the period

    expect(await get(overdueId)).toMatchObject({ overdue: true, status: 'AWAITING_RESPONSE' });
    const overdueList = await t.gql<{ proposals: { edges: { node: { id: string } }[] } }>(`{ proposals(overdue: true, first: 100) { edges { node { id } } } }`);
    expect(overdueList.data!.proposals.edges.map((e) => e.node.id)).toContain(overdueId);

    const report = await t.gql<{ accountability: { agency: { shortName: string } | null; assigned: number; answered: number; answeredOnTime: number; overdueNow: number; medianHoursToFirstResponse: number | null; onTimeShare: number | null }[] }>(
      `query($from: DateTime, $to: DateTime) { accountability(from: $from, to: $to) { agency { shortName } assigned answered answeredOnTime overdueNow medianHoursToFirstResponse onTimeShare } }`,
      { from, to },
    );
    expect(report.errors).toBeUndefined();
    const rows = report.data!.accountability;
    expect(rows.find((r) => r.agency?.shortName === 'Dinas PUPR')).toEqual({
      agency: { shortName: 'Dinas PUPR' },
      assigned: 4,
      answered: 3,
      answeredOnTime: 2,
      overdueNow: 1,
      medianHoursToFirstResponse: 48,
      onTimeShare: 0.5,
    });
    expect(rows.find((r) => r.agency?.shortName === 'Dinkes')).toMatchObject({ assigned: 0, answered: 0, medianHoursToFirstResponse: null, onTimeShare: null });
    expect(rows.filter((r) => r.agency).length).toBe(11);
    const bad = await t.gql(`{ accountability(from: "2020-02-01T00:00:00Z", to: "2020-01-01T00:00:00Z") { assigned } }`);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(`{ accountability(from: "yesterday") { assigned } }`))).toEqual(['BAD_USER_INPUT']);
  });

  it('records every proposal change in the verifiable audit chain without the words people wrote', async () => {
    const events = await db.query(
      `SELECT seq::int AS seq, id, occurred_at AS "occurredAt", actor_id AS "actorId", actor_role AS "actorRole", action,
              target_type AS "targetType", target_id AS "targetId", summary, prev_hash AS "prevHash", hash FROM audit_events ORDER BY seq`,
    );
    expect(verifyChain(events)).toMatchObject({ ok: true });
    const actions = new Set(events.map((e: { action: string }) => e.action));
    for (const action of ['proposal.create', 'proposal.vote', 'proposal.status', 'proposal.respond', 'proposal.withdraw', 'proposal.assignAgency']) {
      expect(actions).toContain(action);
    }
    const text = JSON.stringify(events.map((e: { summary: unknown }) => e.summary));
    for (const words of ['Perbaiki jalan', 'rusak berat', 'meninjau', 'Sudah diperbaiki swadaya']) expect(text).not.toContain(words);
    const threshold = events.find((e: { action: string; actorId: string | null }) => e.action === 'proposal.status');
    expect(threshold.actorId).toBeNull();
  });
});
