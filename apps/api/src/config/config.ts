import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { isAddressOrRange, validateAllowlist } from '../rate-limit/allowlist.js';

/** Everything the API reads from its environment, parsed once at start. */
export interface AppConfig {
  apiPort: number;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** undefined = decide from whether the embedded database is in use */
  demoData: boolean | undefined;
  /** addresses and CIDR ranges exempt from rate limits and new-account caps; checked at start */
  rateLimitAllowlist: string[];
  dataDir: string;
  logLevel: string;
  sessionTtlDays: number;
  cookieSecure: boolean;
  trustProxy: string | undefined;
  corsOrigins: string[];
  seedReferenceFile: string | null;
  defaultSupportThreshold: number;
  responseWindowDays: number;
  /** count the response window in working days (Mon–Fri, minus holidays) instead of calendar days */
  responseWindowWorkingDays: boolean;
  /** the community's offset from UTC in minutes (WIB = +420); deadlines end at its local midnight */
  utcOffsetMinutes: number;
  /** public holidays skipped by working-day deadlines, YYYY-MM-DD */
  holidays: string[];
  exposeErrorDetails: boolean;
  production: boolean;
  /** on SIGTERM, how long to keep accepting (while /health says 503) before closing the listener */
  shutdownGraceMs: number;
  /** smtp://user:pass@host:port (or smtps:// for TLS from the start); without it notification emails are only logged */
  smtpUrl: string | undefined;
  /** sender address of notification emails */
  mailFrom: string;
  /** how often the notification outbox is drained; 0 = never (tests drain it by hand) */
  outboxIntervalMs: number;
  /** distinct readers' flags after which content is hidden until a moderator looks */
  flagHideThreshold: number;
  /** the web app's public address, for links in exported summaries (no trailing slash) */
  publicWebUrl: string;
}

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const API_ROOT = path.join(REPO_ROOT, 'apps/api');

function flag(value: string | undefined): boolean | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  return ['1', 'true', 'yes', 'on'].includes(value.trim().toLowerCase());
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) {
    throw new Error(`${name} must be a positive whole number, got "${value}"`);
  }
  return n;
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function utcOffset(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 7 * 60;
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m || Number(m[2]) > 14 || Number(m[3]) > 59) throw new Error(`COMMUNITY_UTC_OFFSET must look like +07:00, got "${value}"`);
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** TRUST_PROXY: addresses, CIDR ranges or Express's names for ranges; a hop count or "true" would trust anyone who asks. */
function trustProxy(value: string | undefined): string | undefined {
  const entries = list(value);
  if (entries.length === 0) return undefined;
  for (const entry of entries) {
    if (!PROXY_NAMES.has(entry) && !isAddressOrRange(entry)) throw new Error(`TRUST_PROXY must list proxy addresses, CIDR ranges or loopback/linklocal/uniquelocal, got "${entry}"`);
  }
  return entries.join(',');
}

/** PUBLIC_WEB_URL: an http(s) origin, optionally with a path; links in exports start with it. */
function publicUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PUBLIC_WEB_URL must be the web app's address, such as https://rembug.kuburayakab.go.id, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`PUBLIC_WEB_URL must start with http:// or https://, got "${value}"`);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const webPort = positiveInt('WEB_PORT', env.WEB_PORT, 3000);
  const seed = env.SEED_REFERENCE_FILE?.trim();
  return {
    apiPort: positiveInt('API_PORT', env.API_PORT, 4000),
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    redisUrl: env.REDIS_URL?.trim() || undefined,
    adminEmail: env.ADMIN_EMAIL?.trim() || undefined,
    adminPassword: env.ADMIN_PASSWORD || undefined,
    demoData: flag(env.DEMO_DATA),
    rateLimitAllowlist: validateAllowlist(list(env.RATE_LIMIT_ALLOWLIST)),
    dataDir: path.resolve(env.REMBUG_DATA_DIR?.trim() || path.join(REPO_ROOT, '.data')),
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    sessionTtlDays: positiveInt('SESSION_TTL_DAYS', env.SESSION_TTL_DAYS, 30),
    cookieSecure: flag(env.COOKIE_SECURE) ?? production,
    trustProxy: trustProxy(env.TRUST_PROXY),
    corsOrigins: list(env.CORS_ORIGINS).length
      ? list(env.CORS_ORIGINS)
      : [env.WEB_ORIGIN?.trim() || `http://localhost:${webPort}`, `http://127.0.0.1:${webPort}`],
    seedReferenceFile:
      seed === 'none' ? null : seed ? path.resolve(seed) : path.join(API_ROOT, 'seed/reference.json'),
    defaultSupportThreshold: positiveInt('DEFAULT_SUPPORT_THRESHOLD', env.DEFAULT_SUPPORT_THRESHOLD, 50),
    responseWindowDays: positiveInt('RESPONSE_WINDOW_DAYS', env.RESPONSE_WINDOW_DAYS, 14),
    responseWindowWorkingDays: flag(env.RESPONSE_WINDOW_WORKING_DAYS) ?? false,
    utcOffsetMinutes: utcOffset(env.COMMUNITY_UTC_OFFSET),
    holidays: list(env.HOLIDAYS).map((day) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) throw new Error(`HOLIDAYS must list dates as YYYY-MM-DD, got "${day}"`);
      return day;
    }),
    exposeErrorDetails: !production && flag(env.EXPOSE_ERROR_DETAILS) === true,
    production,
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS?.trim() === '0' ? 0 : positiveInt('SHUTDOWN_GRACE_MS', env.SHUTDOWN_GRACE_MS, 1000),
    smtpUrl: env.SMTP_URL?.trim() || undefined,
    mailFrom: env.MAIL_FROM?.trim() || 'Rembug <noreply@rembug.local>',
    outboxIntervalMs: env.OUTBOX_INTERVAL_MS?.trim() === '0' ? 0 : positiveInt('OUTBOX_INTERVAL_MS', env.OUTBOX_INTERVAL_MS, 15_000),
    flagHideThreshold: positiveInt('FLAG_HIDE_THRESHOLD', env.FLAG_HIDE_THRESHOLD, 3),
    publicWebUrl: publicUrl(env.PUBLIC_WEB_URL?.trim() || env.WEB_ORIGIN?.trim() || `http://localhost:${webPort}`),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
