import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { type AuditEvent, verifyChain } from '@rembug/audit-chain';
import { DataSource } from 'typeorm';
import { auditEventBatches, verifyStoredChain } from '../src/audit/audit.reader.js';
import { runVerify } from '../src/audit/verify.command.js';
import { API_ROOT } from '../src/config/config.js';
import { codes, registerUser, startTestApp, type TestApp } from './support/test-app.js';

const run = promisify(execFile);
const ADMIN = { ADMIN_EMAIL: 'admin@kabupaten.example.id', ADMIN_PASSWORD: 'admin-password-2026' };
const CLI = path.join(API_ROOT, 'dist/audit/verify.cli.js');

const SET_ROLE = `mutation($userId: ID!, $role: Role!, $agencyId: ID) { setUserRole(userId: $userId, role: $role, agencyId: $agencyId) { id role } }`;
const VERIFY = `{ verifyAuditChain { ok count headHash brokenAt reason detail } }`;

interface StoredEvent {
  seq: number;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  summary: Record<string, unknown>;
}

async function loginAdmin(t: TestApp): Promise<{ token: string; id: string }> {
  const res = await t.gql<{ login: { token: string; user: { id: string } } }>(
    `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }`,
    { email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD },
  );
  return { token: res.data!.login.token, id: res.data!.login.user.id };
}

/** The export as text; supertest buffers only the types it knows, so the body is collected by hand. */
async function download(t: TestApp, query = ''): Promise<{ status: number; type: string; text: string }> {
  const res = await t
    .http()
    .get(`/exports/audit.ndjson${query}`)
    .buffer(true)
    .parse((response, done) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => done(null, text));
    });
  return { status: res.status, type: String(res.headers['content-type']), text: res.body as string };
}

const parseLines = (text: string): AuditEvent[] => text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as AuditEvent);

/** Runs the built CLI as its own process and returns its exit code and output. */
async function cli(args: string[], env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  await fs.access(CLI).catch(() => {
    throw new Error(`${CLI} is missing: build the API first (cd apps/api && npx tsc -p tsconfig.build.json).`);
  });
  const childEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...env })) if (v !== undefined) childEnv[k] = v;
  delete childEnv.NODE_OPTIONS;
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { env: childEnv });
    return { code: 0, out: stdout.trim(), err: stderr.trim() };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout.trim(), err: failed.stderr.trim() };
  }
}

/** runVerify in this process, for the cases a real process adds nothing to. */
async function verifyInProcess(args: string[], env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runVerify(args, { env: { ...env }, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the audit chain', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: { token: string; id: string };
  let tmp: string;

  beforeAll(async () => {
    t = await startTestApp({ seedReference: true, env: ADMIN });
    db = t.app.get(DataSource);
    admin = await loginAdmin(t);
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'rembug-audit-'));
  });
  afterAll(async () => {
    await t.close();
    await fs.rm(tmp, { recursive: true, force: true });
  });

  async function head(): Promise<number> {
    const [{ seq }] = await db.query(`SELECT coalesce(max(seq), 0)::int AS seq FROM audit_events`);
    return seq;
  }

  async function eventsAfter(seq: number): Promise<StoredEvent[]> {
    return db.query(
      `SELECT seq::int AS seq, actor_id AS "actorId", actor_role AS "actorRole", action, target_type AS "targetType",
              target_id AS "targetId", summary FROM audit_events WHERE seq > $1 ORDER BY seq`,
      [seq],
    );
  }

  /** Runs `change` and returns the events it appended. */
  async function appended(change: () => Promise<unknown>): Promise<StoredEvent[]> {
    const before = await head();
    await change();
    return eventsAfter(before);
  }

  it('records a registration with no personal data, and not sign-ins or sign-outs', async () => {
    const email = 'siti.rahmawati@example.id';
    const areas = await t.gql<{ areas: { id: string; name: string }[] }>(`{ areas { id name } }`);
    const areaId = areas.data!.areas.find((a) => a.name === 'Kapur')!.id;
    let user!: { token: string; id: string };
    const events = await appended(async () => {
      user = await registerUser(t, { email, displayName: 'Siti Rahmawati', areaId });
    });
    expect(events).toEqual([
      { seq: expect.any(Number), actorId: user.id, actorRole: 'CITIZEN', action: 'user.register', targetType: 'USER', targetId: user.id, summary: {} },
    ]);
    const [{ leaks }] = await db.query(
      `SELECT count(*)::int AS leaks FROM audit_events WHERE summary::text ILIKE '%siti%' OR summary::text ILIKE '%example.id%'`,
    );
    expect(leaks).toBe(0);

    const quiet = await appended(async () => {
      const login = await t.gql(`mutation { login(email: "${email}", password: "kata-sandi-rahasia") { token } }`);
      expect(login.errors).toBeUndefined();
      expect((await t.gql(`mutation { logout }`, {}, user.token)).errors).toBeUndefined();
    });
    expect(quiet).toEqual([]);

    // A registration that fails leaves nothing behind.
    const refused = await appended(async () => {
      const res = await t.gql(
        `mutation($input: RegisterInput!) { register(input: $input) { token } }`,
        { input: { email, password: 'kata-sandi-rahasia', displayName: 'Orang Lain' } },
      );
      expect(codes(res)).toEqual(['CONFLICT']);
    });
    expect(refused).toEqual([]);
  });

  it('records role grants with the roles and agency, and leaves failed or empty grants out', async () => {
    const agencies = await t.gql<{ agencies: { id: string; shortName: string }[] }>(`{ agencies { id shortName } }`);
    const agencyId = agencies.data!.agencies.find((a) => a.shortName === 'Dinas PUPR')!.id;
    const citizen = await registerUser(t);

    const granted = await appended(async () => {
      expect((await t.gql(SET_ROLE, { userId: citizen.id, role: 'OFFICIAL', agencyId }, admin.token)).errors).toBeUndefined();
      expect((await t.gql(SET_ROLE, { userId: citizen.id, role: 'CITIZEN' }, admin.token)).errors).toBeUndefined();
    });
    expect(granted).toEqual([
      expect.objectContaining({ actorId: admin.id, actorRole: 'ADMIN', action: 'user.setRole', targetType: 'USER', targetId: citizen.id, summary: { from: 'CITIZEN', to: 'OFFICIAL', agencyId } }),
      expect.objectContaining({ action: 'user.setRole', targetId: citizen.id, summary: { from: 'OFFICIAL', to: 'CITIZEN', agencyId: null } }),
    ]);

    const nothing = await appended(async () => {
      expect(codes(await t.gql(SET_ROLE, { userId: citizen.id, role: 'OFFICIAL' }, admin.token))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await t.gql(SET_ROLE, { userId: citizen.id, role: 'MODERATOR' }, citizen.token))).toEqual(['FORBIDDEN']);
      // The last admin cannot step down.
      expect(codes(await t.gql(SET_ROLE, { userId: admin.id, role: 'CITIZEN' }, admin.token))).toEqual(['CONFLICT']);
      // Granting the role someone already has changes nothing.
      expect((await t.gql(SET_ROLE, { userId: citizen.id, role: 'CITIZEN' }, admin.token)).errors).toBeUndefined();
    });
    expect(nothing).toEqual([]);
  });

  it('records every change to areas, agencies and categories, with names and changed fields', async () => {
    const areas = await t.gql<{ areas: { id: string; name: string }[] }>(`{ areas { id name } }`);
    const kakap = areas.data!.areas.find((a) => a.name === 'Sungai Kakap')!;
    let areaId = '';
    let agencyId = '';
    let categoryId = '';
    const official = await registerUser(t);

    const events = await appended(async () => {
      const area = await t.gql<{ createArea: { id: string } }>(
        `mutation($p: ID!) { createArea(input: { name: "Sungai Belidak", parentId: $p }) { id } }`, { p: kakap.id }, admin.token);
      areaId = area.data!.createArea.id;
      await t.gql(`mutation($id: ID!) { updateArea(id: $id, input: { supportThreshold: 30 }) { id } }`, { id: areaId }, admin.token);
      const agency = await t.gql<{ createAgency: { id: string } }>(
        `mutation { createAgency(input: { name: "Dinas Perikanan", shortName: "Diskan" }) { id } }`, {}, admin.token);
      agencyId = agency.data!.createAgency.id;
      await t.gql(`mutation($id: ID!) { updateAgency(id: $id, input: { name: "Dinas Kelautan dan Perikanan" }) { id } }`, { id: agencyId }, admin.token);
      const category = await t.gql<{ createCategory: { id: string } }>(
        `mutation($a: ID!) { createCategory(input: { name: "Perikanan", nameEn: "Fisheries", defaultAgencyId: $a }) { id } }`, { a: agencyId }, admin.token);
      categoryId = category.data!.createCategory.id;
      await t.gql(`mutation($id: ID!) { updateCategory(id: $id, input: { nameEn: "Fishing" }) { id } }`, { id: categoryId }, admin.token);
      expect((await t.gql<{ deleteCategory: boolean }>(`mutation($id: ID!) { deleteCategory(id: $id) }`, { id: categoryId }, admin.token)).data!.deleteCategory).toBe(true);
      expect((await t.gql<{ deleteArea: boolean }>(`mutation($id: ID!) { deleteArea(id: $id) }`, { id: areaId }, admin.token)).data!.deleteArea).toBe(true);
    });
    const actor = { actorId: admin.id, actorRole: 'ADMIN' };
    expect(events).toEqual([
      { seq: expect.any(Number), ...actor, action: 'area.create', targetType: 'AREA', targetId: areaId,
        summary: { name: 'Sungai Belidak', level: 'VILLAGE', parentId: kakap.id, supportThreshold: null } },
      expect.objectContaining({ action: 'area.update', targetId: areaId,
        summary: { changed: ['supportThreshold'], from: { supportThreshold: null }, to: { supportThreshold: 30 } } }),
      expect.objectContaining({ ...actor, action: 'agency.create', targetType: 'AGENCY', targetId: agencyId, summary: { name: 'Dinas Perikanan', shortName: 'Diskan' } }),
      expect.objectContaining({ action: 'agency.update', targetId: agencyId,
        summary: { changed: ['name'], from: { name: 'Dinas Perikanan' }, to: { name: 'Dinas Kelautan dan Perikanan' } } }),
      expect.objectContaining({ action: 'category.create', targetType: 'CATEGORY', targetId: categoryId,
        summary: { name: 'Perikanan', nameEn: 'Fisheries', defaultAgencyId: agencyId } }),
      expect.objectContaining({ action: 'category.update', targetId: categoryId, summary: { changed: ['nameEn'], from: { nameEn: 'Fisheries' }, to: { nameEn: 'Fishing' } } }),
      expect.objectContaining({ ...actor, action: 'category.delete', targetType: 'CATEGORY', targetId: categoryId, summary: { name: 'Perikanan' } }),
      expect.objectContaining({ action: 'area.delete', targetType: 'AREA', targetId: areaId, summary: { name: 'Sungai Belidak', level: 'VILLAGE', parentId: kakap.id } }),
    ]);

    // An agency with an official cannot go: the delete and its event roll back together.
    await t.gql(SET_ROLE, { userId: official.id, role: 'OFFICIAL', agencyId }, admin.token);
    const refused = await appended(async () => {
      expect(codes(await t.gql(`mutation($id: ID!) { deleteAgency(id: $id) }`, { id: agencyId }, admin.token))).toEqual(['CONFLICT']);
      expect(codes(await t.gql(`mutation($id: ID!) { deleteArea(id: $id) }`, { id: kakap.id }, admin.token))).toEqual(['CONFLICT']);
      expect(codes(await t.gql(`mutation { createAgency(input: { name: "Dinas Kelautan dan Perikanan" }) { id } }`, {}, admin.token))).toEqual(['CONFLICT']);
      expect(codes(await t.gql(`mutation($id: ID!) { deleteArea(id: $id) }`, { id: areaId }, admin.token))).toEqual(['NOT_FOUND']);
      expect(codes(await t.gql(`mutation($id: ID!) { updateArea(id: $id, input: { supportThreshold: 0 }) { id } }`, { id: kakap.id }, admin.token))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await t.gql(`mutation { createAgency(input: { name: "Dinas Baru" }) { id } }`, {}, official.token))).toEqual(['FORBIDDEN']);
      // An update that changes nothing is not a change.
      expect((await t.gql(`mutation($id: ID!) { updateAgency(id: $id, input: { shortName: "Diskan" }) { id } }`, { id: agencyId }, admin.token)).errors).toBeUndefined();
    });
    expect(refused).toEqual([]);
    expect(await t.app.get(DataSource).query(`SELECT 1 FROM agencies WHERE id = $1`, [agencyId])).toHaveLength(1);

    await t.gql(SET_ROLE, { userId: official.id, role: 'CITIZEN' }, admin.token);
    const deleted = await appended(async () => {
      expect((await t.gql<{ deleteAgency: boolean }>(`mutation($id: ID!) { deleteAgency(id: $id) }`, { id: agencyId }, admin.token)).data!.deleteAgency).toBe(true);
    });
    expect(deleted).toEqual([expect.objectContaining({ action: 'agency.delete', targetId: agencyId, summary: { name: 'Dinas Kelautan dan Perikanan', shortName: 'Diskan' } })]);
  });

  it('publishes the head and each thing’s history to anyone', async () => {
    const last = await head();
    const res = await t.gql<{ auditHead: { seq: number; hash: string; occurredAt: string } }>(`{ auditHead { seq hash occurredAt } }`);
    const [row] = await db.query(`SELECT hash FROM audit_events WHERE seq = $1`, [last]);
    expect(res.data!.auditHead).toMatchObject({ seq: last, hash: row.hash });

    const [agency] = await db.query(`SELECT target_id FROM audit_events WHERE action = 'agency.delete'`);
    const query = `query($after: String) {
      auditEvents(targetType: "AGENCY", targetId: "${agency.target_id}", first: 2, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { seq action actorRole targetId summary prevHash hash } }
      }
    }`;
    type Page = { auditEvents: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { action: string; summary: string } }[] } };
    const first = await t.gql<Page>(query);
    expect(first.errors).toBeUndefined();
    expect(first.data!.auditEvents.totalCount).toBe(3);
    expect(first.data!.auditEvents.pageInfo.hasNextPage).toBe(true);
    expect(first.data!.auditEvents.edges.map((e) => e.node.action)).toEqual(['agency.create', 'agency.update']);
    expect(first.data!.auditEvents.edges[0].node.summary).toBe('{"name":"Dinas Perikanan","shortName":"Diskan"}');
    const rest = await t.gql<Page>(query, { after: first.data!.auditEvents.pageInfo.endCursor });
    expect(rest.data!.auditEvents.edges.map((e) => e.node.action)).toEqual(['agency.delete']);
    expect(rest.data!.auditEvents.pageInfo.hasNextPage).toBe(false);

    const all = await t.gql<{ auditEvents: { totalCount: number; edges: { node: { seq: number } }[] } }>(`{ auditEvents(first: 100) { totalCount edges { node { seq } } } }`);
    expect(all.data!.auditEvents.totalCount).toBe(last);
    expect(all.data!.auditEvents.edges.map((e) => e.node.seq)).toEqual(Array.from({ length: Math.min(last, 100) }, (_, i) => i + 1));

    expect(codes(await t.gql(`{ auditEvents(targetType: "thread") { totalCount } }`))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(`{ auditEvents(targetId: "${agency.target_id}") { totalCount } }`))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(`{ auditEvents(targetType: "USER", targetId: "17") { totalCount } }`))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(`{ auditEvents(after: "nonsense") { totalCount } }`))).toEqual(['BAD_USER_INPUT']);
  });

  it('verifies the stored chain for admins only', async () => {
    const ok = await t.gql<{ verifyAuditChain: Record<string, unknown> }>(VERIFY, {}, admin.token);
    expect(ok.errors).toBeUndefined();
    const [last] = await db.query(`SELECT seq::int AS seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1`);
    expect(ok.data!.verifyAuditChain).toEqual({ ok: true, count: last.seq, headHash: last.hash, brokenAt: null, reason: null, detail: null });
    const citizen = await registerUser(t);
    expect(codes(await t.gql(VERIFY, {}, citizen.token))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(VERIFY))).toEqual(['UNAUTHENTICATED']);
  });

  it('reads the log in batches of any size to the same verdict', async () => {
    const query = (sql: string, params: unknown[]) => db.query(sql, params);
    const last = await head();
    const batches: AuditEvent[][] = [];
    for await (const batch of auditEventBatches(query, { batchSize: 3 })) batches.push(batch);
    expect(batches.length).toBe(Math.ceil(last / 3));
    expect(batches.every((b) => b.length <= 3)).toBe(true);
    expect(batches.flat().map((e) => e.seq)).toEqual(Array.from({ length: last }, (_, i) => i + 1));
    expect(await verifyStoredChain(query, { batchSize: 3 })).toMatchObject({ ok: true, count: last });
  });

  it('exports the log as JSON Lines that verify on their own, and show an edited line', async () => {
    const last = await head();
    const exported = await download(t);
    expect(exported.status).toBe(200);
    expect(exported.type).toMatch(/^application\/x-ndjson/);
    const events = parseLines(exported.text);
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: last }, (_, i) => i + 1));
    expect(Object.keys(events[0]!).sort()).toEqual(
      ['action', 'actorId', 'actorRole', 'hash', 'id', 'occurredAt', 'prevHash', 'seq', 'summary', 'targetId', 'targetType'].sort(),
    );
    expect(events[0]!.occurredAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(verifyChain(events)).toEqual({ ok: true, count: last, lastHash: events.at(-1)!.hash });

    const lines = exported.text.split('\n');
    const target = Math.ceil(last / 2);
    const edit = (line: string) => {
      const event = JSON.parse(line) as AuditEvent;
      return JSON.stringify({ ...event, summary: { ...(event.summary as object), extra: 1 } });
    };
    const edited = lines.map((line, i) => (i === target - 1 ? edit(line) : line));
    expect(verifyChain(parseLines(edited.join('\n')))).toMatchObject({ ok: false, brokenAt: target, reason: 'hash-mismatch' });

    // Continuing after a seq gives the rest, which verifies as a slice from the hash before it.
    const rest = parseLines((await download(t, `?after=${target}`)).text);
    expect(rest.map((e) => e.seq)).toEqual(events.slice(target).map((e) => e.seq));
    expect(verifyChain(rest, { expectedFirstPrevHash: events[target - 1]!.hash })).toMatchObject({ ok: true, count: last - target });
    expect((await download(t, `?after=${last}`)).text).toBe('');
    expect((await download(t, '?after=-1')).status).toBe(400);
    expect((await download(t, '?after=abc')).status).toBe(400);

    // The same check through the command, on the file.
    const file = path.join(tmp, 'audit.ndjson');
    await fs.writeFile(file, exported.text);
    const good = await verifyInProcess(['--file', file], {});
    expect(good).toEqual({ code: 0, out: `ok: ${last} events, head hash ${events.at(-1)!.hash}`, err: '' });
    await fs.writeFile(path.join(tmp, 'edited.ndjson'), edited.join('\n'));
    const bad = await verifyInProcess(['--file', path.join(tmp, 'edited.ndjson')], {});
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(new RegExp(`^broken at seq ${target}: hash-mismatch`));
    await fs.writeFile(path.join(tmp, 'garbled.ndjson'), `${lines.slice(0, 2).join('\n')}\n{not json\n`);
    expect(await verifyInProcess(['--file', path.join(tmp, 'garbled.ndjson')], {})).toMatchObject({ code: 1, err: 'broken at seq 3: malformed (line 3 is not valid JSON)' });
    const cut = await verifyInProcess(['--file', path.join(tmp, 'audit.ndjson'), '--checkpoint', `${last + 1}:${'a'.repeat(64)}`], {});
    expect(cut.code).toBe(1);
    expect(cut.err).toMatch(new RegExp(`^broken at seq ${last + 1}: sequence-gap`));
    expect(await verifyInProcess(['--checkpoint', 'latest'], {})).toMatchObject({ code: 2, err: expect.stringContaining('--checkpoint must be the seq and hash') });
    expect(await verifyInProcess(['--file', path.join(tmp, 'missing.ndjson')], {})).toMatchObject({ code: 2, err: expect.stringContaining('cannot read') });
  });
});

describe('a tampered audit chain', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: { token: string; id: string };

  beforeAll(async () => {
    t = await startTestApp({ seedReference: true, env: ADMIN });
    db = t.app.get(DataSource);
    admin = await loginAdmin(t);
    for (let i = 0; i < 4; i++) await registerUser(t);
    await t.gql(`mutation { createAgency(input: { name: "Dinas Perikanan", shortName: "Diskan" }) { id } }`, {}, admin.token);
    // Only the test database: lets the test change what the application never could.
    await db.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change`);
  });
  afterAll(() => t.close());

  const verify = async () => (await t.gql<{ verifyAuditChain: Record<string, unknown> }>(VERIFY, {}, admin.token)).data!.verifyAuditChain;

  it('checks the chain with the command, as its own process', async () => {
    const [last] = await db.query(`SELECT seq::int AS seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1`);
    expect(last.seq).toBe(5);
    const good = await cli([], { DATABASE_URL: t.dbUrl });
    expect(good).toEqual({ code: 0, out: `ok: 5 events, head hash ${last.hash}`, err: '' });
    expect((await cli(['--checkpoint', `5:${last.hash}`], { DATABASE_URL: t.dbUrl })).code).toBe(0);
    const wrong = await cli(['--checkpoint', `5:${'0'.repeat(64)}`], { DATABASE_URL: t.dbUrl });
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/^broken at seq 5: hash-mismatch \(.*published checkpoint/);
    const usage = await cli(['--bogus'], { DATABASE_URL: t.dbUrl });
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('Usage: npm run audit:verify');
  });

  it('finds an edited summary', async () => {
    const [original] = await db.query(`SELECT summary FROM audit_events WHERE seq = 3`);
    await db.query(`UPDATE audit_events SET summary = '{"note":"changed later"}' WHERE seq = 3`);
    try {
      expect(await verify()).toMatchObject({ ok: false, count: 2, headHash: null, brokenAt: 3, reason: 'hash-mismatch' });
      const broken = await cli([], { DATABASE_URL: t.dbUrl });
      expect(broken.code).toBe(1);
      expect(broken.err).toMatch(/^broken at seq 3: hash-mismatch \(stored hash [0-9a-f]{64} differs from the recomputed [0-9a-f]{64}\)$/);
    } finally {
      await db.query(`UPDATE audit_events SET summary = $1 WHERE seq = 3`, [JSON.stringify(original.summary)]);
    }
    expect(await verify()).toMatchObject({ ok: true, count: 5 });
  });

  it('finds a removed event and a relinked chain', async () => {
    const [row] = await db.query(`SELECT * FROM audit_events WHERE seq = 2`);
    await db.query(`DELETE FROM audit_events WHERE seq = 2`);
    expect(await verify()).toMatchObject({ ok: false, count: 1, brokenAt: 2, reason: 'sequence-gap' });
    await db.query(
      `INSERT INTO audit_events (seq, id, occurred_at, actor_id, actor_role, action, target_type, target_id, summary, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [row.seq, row.id, row.occurred_at, row.actor_id, row.actor_role, row.action, row.target_type, row.target_id, JSON.stringify(row.summary), row.prev_hash, row.hash],
    );
    expect(await verify()).toMatchObject({ ok: true, count: 5 });
    await db.query(`UPDATE audit_events SET prev_hash = $1 WHERE seq = 4`, ['f'.repeat(64)]);
    expect(await verify()).toMatchObject({ ok: false, count: 3, brokenAt: 4, reason: 'prev-hash-mismatch' });
  });
});
