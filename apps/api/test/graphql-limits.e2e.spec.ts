import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { type ASTNode, type DocumentNode, getIntrospectionQuery, type GraphQLSchema, Kind, parse, print, specifiedRules, validate, visit } from 'graphql';
import { DataSource } from 'typeorm';
import { API_ROOT } from '../src/config/config.js';
import { GRAPHQL_LIMITS, limitRules, measureOperation } from '../src/graphql/limits.js';
import { MAX_THREAD_BODY } from '../src/threads/threads.service.js';
import { collect, liveClient } from './support/live-client.js';
import { recordStatements } from './support/statements.js';
import { codes, registerUser, startTestApp, type TestApp } from './support/test-app.js';

const WEB_DOCUMENTS = path.join(API_ROOT, '../web/src/lib/graphql');
/** The query graphql-codegen, GraphiQL and similar tools send, with every option they may turn on. */
const INTROSPECTION = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
/** `levels` fields nested inside each other: areas → parent → … → id. */
const nested = (levels: number) => `{ areas { ${'parent { '.repeat(levels - 2)}id${' }'.repeat(levels - 2)} } }`;
const aliased = (n: number) => `{ ${range(n).map((i) => `a${i}: __typename`).join(' ')} }`;
/** Two connections of 100 inside each other: 10,000 comments, each with its author. */
const COST_BOMB = `{ threads(first: 100) { edges { node { comments(first: 100) { edges { node { author { displayName } } } } } } } }`;

/** Each operation of a file with the fragments it uses, as the web app sends it (one operation per request). */
function operationsAsSent(document: DocumentNode): { name: string; text: string }[] {
  const fragments = new Map(document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  return document.definitions
    .filter((d) => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => {
      const used = new Set<string>();
      const follow = (node: ASTNode) =>
        visit(node, {
          FragmentSpread(spread) {
            if (used.has(spread.name.value)) return;
            used.add(spread.name.value);
            follow(fragments.get(spread.name.value)!);
          },
        });
      follow(operation);
      return { name: operation.name?.value ?? 'anonymous', text: [operation, ...[...used].map((n) => fragments.get(n)!)].map((d) => print(d)).join('\n') };
    });
}

/** Counts calls of every root field's resolver: an operation that reaches execution calls at least one. */
function countResolverCalls(schema: GraphQLSchema) {
  const counter = { calls: 0 };
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      for (const key of ['resolve', 'subscribe'] as const) {
        const original = field[key];
        if (!original) continue;
        field[key] = (...args: Parameters<typeof original>) => {
          counter.calls++;
          return original(...args);
        };
      }
    }
  }
  return counter;
}

type ErrorBody = { errors?: { message: string; extensions?: { code?: string } }[] };

describe('GraphQL abuse limits', () => {
  let t: TestApp;
  let url: string;
  let token: string;
  let recorder: ReturnType<typeof recordStatements>;
  let resolvers: { calls: number };
  const clients: ReturnType<typeof liveClient>[] = [];

  beforeAll(async () => {
    // No outbox worker: nothing but the request under test may reach the database.
    t = await startTestApp({ seedReference: true, env: { OUTBOX_INTERVAL_MS: '0' } });
    await t.app.listen(0, '127.0.0.1');
    url = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    token = (await registerUser(t)).token;
    recorder = recordStatements(t.app.get(DataSource));
    resolvers = countResolverCalls(t.app.get(GraphQLSchemaHost).schema);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await t.close();
  });

  /** Runs `work` and shows it issued no SQL and called no resolver; returns what `work` returned. */
  async function refusedCheaply<T>(work: () => Promise<T>): Promise<T> {
    const before = resolvers.calls;
    let result: T;
    const statements = await recorder.during(async () => (result = await work()));
    expect(statements).toEqual([]);
    expect(resolvers.calls).toBe(before);
    return result!;
  }

  /** A signed-in WebSocket client, once the server has accepted it (its session lookup is then done). */
  async function connected(): Promise<ReturnType<typeof liveClient>> {
    const client = liveClient(url, token);
    clients.push(client);
    await new Promise<void>((resolve) => client.on('connected', () => resolve()));
    return client;
  }

  async function overWebSocket(client: ReturnType<typeof liveClient>, query: string): Promise<{ message: string; extensions?: { code?: string } }[]> {
    const operation = collect(client, query);
    await operation.next(1);
    return (operation.error as { message: string; extensions?: { code?: string } }[] | null) ?? operation.events[0]?.errors ?? [];
  }

  describe('what the web app and tools send', () => {
    const files = readdirSync(WEB_DOCUMENTS).filter((f) => f.endsWith('.graphql'));

    it('finds the web app’s operations', () => {
      expect(files.length).toBeGreaterThanOrEqual(8);
    });

    it.each([...files, 'introspection'])('passes every limit with room to spare: %s', (file) => {
      const schema = t.app.get(GraphQLSchemaHost).schema;
      const text = file === 'introspection' ? INTROSPECTION : readFileSync(path.join(WEB_DOCUMENTS, file), 'utf8');
      const sent = operationsAsSent(parse(text));
      expect(sent.length).toBeGreaterThan(0);
      // Two thirds of each limit: a page may grow a little without meeting one.
      const roomy = (limit: number) => Math.floor((limit * 2) / 3);
      for (const { name, text: operationText } of sent) {
        const document = parse(operationText, { maxTokens: roomy(GRAPHQL_LIMITS.maxTokens) });
        expect({ name, errors: validate(schema, document, [...specifiedRules, ...limitRules]).map((e) => e.message) }).toEqual({ name, errors: [] });
        const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
        const measured = measureOperation(schema, document, operation);
        const tight = [
          measured.depth > roomy(GRAPHQL_LIMITS.maxDepth) && `depth ${measured.depth}`,
          measured.aliases > roomy(GRAPHQL_LIMITS.maxAliases) && `${measured.aliases} aliases`,
          measured.cost > roomy(GRAPHQL_LIMITS.maxCost) && `cost ${measured.cost}`,
        ].filter(Boolean);
        expect({ name, tight }).toEqual({ name, tight: [] });
      }
    });

    it('answers the standard introspection query', async () => {
      const res = await t.gql<{ __schema: { types: unknown[] } }>(INTROSPECTION);
      expect(res.errors).toBeUndefined();
      expect(res.data!.__schema.types.length).toBeGreaterThan(20);
    });
  });

  describe('over HTTP', () => {
    it('sees the statements and resolvers of a request that runs (so the checks below can fail)', async () => {
      const before = resolvers.calls;
      let res!: Awaited<ReturnType<TestApp['gql']>>;
      const statements = await recorder.during(async () => (res = await t.gql(nested(GRAPHQL_LIMITS.maxDepth), {}, token)));
      expect(res.errors).toBeUndefined();
      expect(statements.some((s) => /FROM sessions/i.test(s))).toBe(true);
      expect(resolvers.calls).toBeGreaterThan(before);
    });

    it('refuses a 40-level query, naming the depth limit', async () => {
      const res = await refusedCheaply(() => t.gql(nested(40), {}, token));
      expect(codes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(res.errors![0].message).toMatch(/nests fields 40 levels deep; the depth limit is 12\./);
      expect(codes(await t.gql(nested(GRAPHQL_LIMITS.maxDepth + 1)))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    });

    it('refuses 1,000 aliases while parsing, as too many tokens', async () => {
      const res = await refusedCheaply(() => t.gql(aliased(1000), {}, token));
      expect(res.status).toBe(400);
      expect(codes(res)).toEqual(['GRAPHQL_PARSE_FAILED']);
      expect(res.errors![0].message).toBe(
        `This query is too long: the limit is ${GRAPHQL_LIMITS.maxTokens} tokens (names, punctuation and values). Send a shorter query, or split it into several.`,
      );
    });

    it('refuses more aliases than the limit, counting each spread of a fragment', async () => {
      expect((await t.gql(aliased(GRAPHQL_LIMITS.maxAliases))).errors).toBeUndefined();
      const res = await refusedCheaply(() => t.gql(aliased(GRAPHQL_LIMITS.maxAliases + 1), {}, token));
      expect(codes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(res.errors![0].message).toMatch(/uses 31 aliases; the alias limit is 30\./);
      // A fragment of 10 aliases: spread 3 times it is at the limit, 4 times over it.
      const spreads = (n: number) => `{ ${range(n).map(() => '... on Query { ...Ten }').join(' ')} } fragment Ten on Query ${aliased(10)}`;
      expect((await t.gql(spreads(3))).errors).toBeUndefined();
      const viaFragments = await refusedCheaply(() => t.gql(spreads(4), {}, token));
      expect(codes(viaFragments)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(viaFragments.errors![0].message).toMatch(/uses 40 aliases/);
    });

    it('refuses a cost bomb of nested connections', async () => {
      const res = await refusedCheaply(() => t.gql(COST_BOMB, {}, token));
      expect(codes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(res.errors![0].message).toMatch(/could return about 40,301 values; the cost limit is 20,000\./);
      const huge = await refusedCheaply(() => t.gql(`{ threads(first: 1000000) { totalCount } }`, {}, token));
      expect(codes(huge)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(huge.errors![0].message).toMatch(/could return about 1,000,001 values/);
    });

    it('stays safe with fragments that spread themselves and with deep introspection', async () => {
      const cycle = await refusedCheaply(() => t.gql(`{ areas { ...Up } } fragment Up on Area { parent { ...Up } }`, {}, token));
      expect(codes(cycle)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      const introspection = await refusedCheaply(() =>
        t.gql(`{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }`, {}, token),
      );
      expect(codes(introspection)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    });

    it('accepts the longest text anyone may post, written in 3-byte characters', async () => {
      const areaId = (await t.gql<{ areas: { id: string }[] }>(`{ areas { id } }`)).data!.areas[0].id;
      const body = 'ꦧ'.repeat(MAX_THREAD_BODY);
      expect(Buffer.byteLength(body)).toBeGreaterThan(MAX_THREAD_BODY * 3 - 1);
      const res = await t.gql<{ createThread: { id: string } }>(
        `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
        { input: { title: 'Aksara Jawa di papan nama desa', body, areaId } },
        token,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.createThread.id).toBeTruthy();
    });

    it('refuses a 5 MB body with 413 and a JSON error', async () => {
      const body = JSON.stringify({ query: '{ me { id } }', variables: { padding: 'x'.repeat(5 * 1024 * 1024) } });
      const res = await refusedCheaply(() => t.http().post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${token}`).send(body));
      expect(res.status).toBe(413);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.body).toEqual({ errors: [{ message: 'The request is too large: at most 100 KB are accepted. Send a shorter text or query.', extensions: { code: 'BAD_USER_INPUT' } }] });
    });

    it('answers a body announced as 5 MB before the body arrives', async () => {
      // Only the headers and 1 KB are sent: were the server to wait for the rest, no answer would come (and the run's
      // timeout would fail this test).
      const res = await refusedCheaply(
        () =>
          new Promise<{ status: number; body: ErrorBody }>((resolve, reject) => {
            const req = http.request(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(5 * 1024 * 1024) } }, (response) => {
              let text = '';
              response.on('data', (chunk: Buffer) => (text += chunk.toString()));
              response.on('end', () => {
                req.destroy();
                resolve({ status: response.statusCode!, body: JSON.parse(text) as ErrorBody });
              });
            });
            req.on('error', reject);
            req.write(`{"query": "{ me { id } }", "variables": {"padding": "${'x'.repeat(1024)}`);
          }),
      );
      expect(res.status).toBe(413);
      expect(res.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    });

    it('refuses an oversized body sent in chunks, without a length, with the same 413', async () => {
      const res = await refusedCheaply(
        () =>
          new Promise<{ status: number; body: ErrorBody }>((resolve, reject) => {
            const req = http.request(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (response) => {
              let text = '';
              response.on('data', (chunk: Buffer) => (text += chunk.toString()));
              response.on('end', () => resolve({ status: response.statusCode!, body: JSON.parse(text) as ErrorBody }));
            });
            req.on('error', reject);
            req.write('{"query": "{ me { id } }", "variables": {"padding": "');
            for (const _ of range(20)) req.write('x'.repeat(10 * 1024));
            req.end('"}}');
          }),
      );
      expect(res.status).toBe(413);
      expect(res.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    });

    it('refuses a batch (a JSON array) with 400 and a JSON error', async () => {
      const res = await refusedCheaply(() => t.http().post('/graphql').set('authorization', `Bearer ${token}`).send([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]));
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.body).toEqual({ errors: [{ message: expect.stringMatching(/one GraphQL operation per request/), extensions: { code: 'BAD_USER_INPUT' } }] });
    });

    it('answers malformed JSON with 400 and a JSON error', async () => {
      const res = await refusedCheaply(() => t.http().post('/graphql').set('content-type', 'application/json').send('{"query": '));
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.body).toEqual({ errors: [{ message: expect.stringMatching(/not valid JSON/), extensions: { code: 'BAD_USER_INPUT' } }] });
    });

    it('suggests field names outside production', async () => {
      const res = await t.gql(`{ me { displayNam } }`);
      expect(codes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(res.errors![0].message).toMatch(/Did you mean "displayName"\?/);
    });
  });

  describe('over WebSocket', () => {
    it('sees the statements and resolvers of an operation that runs (so the checks below can fail)', async () => {
      const client = await connected();
      const before = resolvers.calls;
      let result!: Awaited<ReturnType<ReturnType<typeof collect<{ me: { id: string } }>>['next']>>[number];
      const statements = await recorder.during(async () => {
        [result] = await collect<{ me: { id: string } }>(client, `{ me { id } }`).next(1);
      });
      expect(result.data!.me.id).toBeTruthy();
      expect(statements.length).toBeGreaterThan(0);
      expect(resolvers.calls).toBeGreaterThan(before);
    });

    it('refuses a 40-level operation, naming the depth limit', async () => {
      const client = await connected();
      const errors = await refusedCheaply(() => overWebSocket(client, nested(40)));
      expect(errors.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(errors[0].message).toMatch(/the depth limit is 12/);
    });

    it('refuses 1,000 aliases while parsing, and 31 when validating', async () => {
      const client = await connected();
      const parsed = await refusedCheaply(() => overWebSocket(client, aliased(1000)));
      expect(parsed.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_PARSE_FAILED']);
      expect(parsed[0].message).toMatch(`too long: the limit is ${GRAPHQL_LIMITS.maxTokens} tokens`);
      const validated = await refusedCheaply(() => overWebSocket(client, aliased(31)));
      expect(validated.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(validated[0].message).toMatch(/the alias limit is 30/);
    });

    it('refuses a cost bomb, and keeps the connection for the next operation', async () => {
      const client = await connected();
      const errors = await refusedCheaply(() => overWebSocket(client, COST_BOMB));
      expect(errors.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      const [next] = await collect<{ me: { id: string } }>(client, `{ me { id } }`).next(1);
      expect(next.data!.me.id).toBeTruthy();
    });
  });

  it('closes a WebSocket that sends a message over the body limit', async () => {
    const client = await connected();
    collect(client, `{ me { id } } # ${'x'.repeat(GRAPHQL_LIMITS.maxBodyBytes)}`);
    expect(await client.closedWith).toBe(1009);
  });

  describe('in production', () => {
    let prod: TestApp;
    beforeAll(async () => {
      prod = await startTestApp({ env: { OUTBOX_INTERVAL_MS: '0' }, config: { production: true } });
      await prod.app.listen(0, '127.0.0.1');
    });
    afterAll(() => prod.close());

    it('gives no field suggestions over HTTP or WebSocket, and still answers introspection', async () => {
      const res = await prod.gql(`{ me { displayNam } }`);
      expect(codes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(res.errors![0].message).toBe('Cannot query field "displayNam" on type "User".');
      const client = liveClient((await prod.app.getUrl()).replace('[::1]', '127.0.0.1'));
      clients.push(client);
      const errors = await overWebSocket(client, `{ me { displayNam } }`);
      expect(errors.map((e) => e.message)).toEqual(['Cannot query field "displayNam" on type "User".']);
      expect((await prod.gql(INTROSPECTION)).errors).toBeUndefined();
    });
  });
});
