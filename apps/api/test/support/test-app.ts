import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import path from 'node:path';
import request from 'supertest';
import { createApp } from '../../src/bootstrap.js';
import { API_ROOT, type AppConfig, loadConfig } from '../../src/config/config.js';
import { createTestDatabase } from './databases.js';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors?: { message: string; extensions?: { code?: string; field?: string; [k: string]: unknown }; path?: string[] }[];
  headers: Record<string, string | string[] | undefined>;
}

export interface TestApp {
  app: INestApplication;
  dbUrl: string;
  dbName: string;
  http: () => ReturnType<typeof request>;
  /** `headers` adds request headers, e.g. X-Forwarded-For to act as another client address. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
    headers?: Record<string, string>,
  ): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** load the bundled reference data (areas, categories, agencies) */
  seedReference?: boolean;
  env?: Record<string, string>;
  config?: Partial<AppConfig>;
  /** reuse an existing database (to restart the app on the same data); it is then not dropped on close */
  database?: { url: string; name: string };
}

/** The real application on its own freshly migrated database, without a listening port. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = options.database ? { ...options.database, drop: async () => undefined } : await createTestDatabase();
  const config: AppConfig = {
    ...loadConfig({
      LOG_LEVEL: 'silent',
      SEED_REFERENCE_FILE: options.seedReference ? path.join(API_ROOT, 'seed/reference.json') : 'none',
      DEMO_DATA: '0',
      // supertest connects from loopback: exempt, so tests that post and vote quickly are not limited.
      // A test of the limits themselves passes RATE_LIMIT_ALLOWLIST: ''.
      RATE_LIMIT_ALLOWLIST: '127.0.0.1,::1',
      ...options.env,
      DATABASE_URL: db.url,
    }),
    ...options.config,
  };
  const app = await createApp(config);
  await app.init();
  const server = app.getHttpServer();
  return {
    app,
    dbUrl: db.url,
    dbName: db.name,
    http: () => request(server),
    async gql(query, variables, token, headers) {
      const req = request(server).post('/graphql').set('content-type', 'application/json');
      if (token) req.set('authorization', `Bearer ${token}`);
      for (const [name, value] of Object.entries(headers ?? {})) req.set(name, value);
      const res = await req.send({ query, variables });
      return { status: res.status, data: res.body?.data, errors: res.body?.errors, headers: res.headers };
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

let counter = 0;

/** Registers a citizen and returns their token and id. */
export async function registerUser(t: TestApp, overrides: Record<string, unknown> = {}): Promise<{ token: string; id: string; email: string }> {
  const email = (overrides.email as string) ?? `warga${++counter}.${Date.now()}@example.id`;
  const res = await t.gql<{ register: { token: string; user: { id: string } } }>(
    `mutation($input: RegisterInput!) { register(input: $input) { token user { id } } }`,
    { input: { email, password: 'kata-sandi-rahasia', displayName: `Warga ${counter}`, ...overrides } },
  );
  if (!res.data?.register) throw new Error(`register failed: ${JSON.stringify(res.errors)}`);
  return { token: res.data.register.token, id: res.data.register.user.id, email };
}

export function codes(result: GqlResult): (string | undefined)[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}
