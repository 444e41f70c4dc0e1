import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { DataSource } from 'typeorm';
import type { Actor } from '../access/policy.js';
import { badInput, DomainError, ErrorCode } from '../common/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Allowlist } from './allowlist.js';
import { addressSubject, clientAddress, compileTrust, type TrustProxy } from './client-address.js';
import { isNewAccount, linksIn } from './new-account.js';
import { RedisStore } from './redis-store.js';
import { rateLimited } from './refusal.js';
import { FLAG_RULES, NEW_ACCOUNT, POST_RULES, type PostKind, type RateRule, RULES } from './rules.js';
import { type LimitStore, MemoryStore } from './store.js';

/** The request a resolver sees: Express's over HTTP, the upgrade request over WebSocket. */
export type ClientRequest = IncomingMessage & { ip?: string };

/** An action counted before it runs; taken back if it turns out to do nothing. */
export interface Reservation {
  release(): Promise<void>;
}

const NOTHING_HELD: Reservation = { release: async () => undefined };

/** What a post says, for counting its links: a thread or proposal has a title and a body, a comment a body. */
export interface PostText {
  title?: unknown;
  body?: unknown;
}

function isCode(error: unknown, code: ErrorCode): boolean {
  return error instanceof DomainError && error.code === code;
}

/** Counters of two communities (or two test databases) sharing one Redis must never mix. */
function keyPrefix(databaseUrl: string | undefined): string {
  let name = 'rembug';
  try {
    name = decodeURIComponent(new URL(databaseUrl ?? '').pathname.slice(1)) || name;
  } catch {
    // not a URL: one shared name
  }
  // The braces make every key of one community hash to the same Redis Cluster slot, as a multi-key script needs.
  return `rembug:{${name}}:rl:`;
}

/**
 * Rate limits and new-account caps (the table is in rules.ts). Resolvers wrap an action in the matching method:
 * the action is counted first, atomically, so concurrent requests never get more through than the limit; a request
 * that then fails (bad input, not found, forbidden) is taken off the counters again, so only what happened counts.
 * Requests from RATE_LIMIT_ALLOWLIST addresses skip all of it.
 */
@Injectable()
export class RateLimits implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('RateLimits');
  private readonly store: LimitStore;
  private readonly redis: RedisStore | null = null;
  private readonly allowlist: Allowlist;
  private readonly trust: TrustProxy;
  private readonly prefix: string;
  /** The time limits are judged by (ms). Tests move it forward rather than wait. */
  clock: () => number = Date.now;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.allowlist = new Allowlist(config.rateLimitAllowlist);
    this.trust = compileTrust(config.trustProxy);
    this.prefix = keyPrefix(config.databaseUrl);
    const local = new MemoryStore();
    this.redis = config.redisUrl ? new RedisStore(config.redisUrl, local, this.logger) : null;
    this.store = this.redis ?? local;
  }

  async onModuleInit(): Promise<void> {
    await this.redis?.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }

  /** The client's address as limits see it: behind a trusted proxy, from X-Forwarded-For. */
  addressOf(req: ClientRequest | undefined): string {
    return req ? clientAddress(req, this.trust) : 'unknown';
  }

  /** Whether a request comes from RATE_LIMIT_ALLOWLIST. */
  exempt(req: ClientRequest | undefined): boolean {
    return this.allowlist.has(this.addressOf(req));
  }

  /**
   * A sign-in attempt. Only wrong credentials count, per email and per address; while either counter is full the
   * attempt is refused before the password is checked, so even the right one gets RATE_LIMITED and guessing stops.
   */
  async login<T>(req: ClientRequest | undefined, email: unknown, attempt: () => Promise<T>): Promise<T> {
    const address = this.addressOf(req);
    if (this.allowlist.has(address)) return attempt();
    const held = await this.take([
      [RULES.loginFailuresPerAccount, accountSubject(email)],
      [RULES.loginFailuresPerAddress, addressSubject(address)],
    ]);
    let result: T;
    try {
      result = await attempt();
    } catch (error) {
      if (!isCode(error, ErrorCode.UNAUTHENTICATED)) await held.release();
      throw error;
    }
    await held.release();
    return result;
  }

  /** A new account. An email already taken counts too: trying addresses one by one must not be free. */
  async register<T>(req: ClientRequest | undefined, attempt: () => Promise<T>): Promise<T> {
    const address = this.addressOf(req);
    if (this.allowlist.has(address)) return attempt();
    const held = await this.take([[RULES.registrationsPerAddress, addressSubject(address)]]);
    return this.holding(held, attempt, (error) => isCode(error, ErrorCode.CONFLICT));
  }

  /** A vote on a comment or a proposal (or its withdrawal). */
  async vote<T>(actor: Actor | null, req: ClientRequest | undefined, attempt: () => Promise<T>): Promise<T> {
    if (!actor || this.exempt(req)) return attempt();
    return this.holding(await this.take([[RULES.votesPerPerson, actor.userId]]), attempt);
  }

  /** A summary or a summary file, counted per client address. */
  async summary<T>(req: ClientRequest | undefined, attempt: () => Promise<T>): Promise<T> {
    const address = this.addressOf(req);
    if (this.allowlist.has(address)) return attempt();
    return this.holding(await this.take([[RULES.summariesPerAddress, addressSubject(address)]]), attempt);
  }

  /** A new thread or proposal (`thread`) or comment: links per post, then the caps and waits for its author. */
  async post<T>(kind: PostKind, actor: Actor | null, req: ClientRequest | undefined, text: PostText, attempt: () => Promise<T>): Promise<T> {
    if (!actor || this.exempt(req)) return attempt();
    const newAccount = await isNewAccount(this.db, actor, new Date(this.clock()));
    if (newAccount) this.checkLinks(text);
    const rules = POST_RULES[kind][newAccount ? 'newAccount' : 'established'];
    return this.holding(await this.take(rules.map((rule) => [rule, actor.userId])), attempt);
  }

  /** An edit: no wait, but a newcomer cannot add the links a new post could not have. */
  async edit<T>(actor: Actor | null, req: ClientRequest | undefined, text: PostText, attempt: () => Promise<T>): Promise<T> {
    if (!actor || this.exempt(req)) return attempt();
    if ((text.title != null || text.body != null) && (await isNewAccount(this.db, actor, new Date(this.clock())))) this.checkLinks(text);
    return attempt();
  }

  /**
   * Counts a flag before it is raised; throws RATE_LIMITED when the person has flagged too much. Call `release()`
   * on the result if the flag is then refused for another reason, so it does not count.
   */
  async consumeFlag(actor: Actor | null, req: ClientRequest | undefined): Promise<Reservation> {
    if (!actor || this.exempt(req)) return NOTHING_HELD;
    const newAccount = await isNewAccount(this.db, actor, new Date(this.clock()));
    const rules = FLAG_RULES[newAccount ? 'newAccount' : 'established'];
    return this.take(rules.map((rule) => [rule, actor.userId]));
  }

  private checkLinks(text: PostText): void {
    if (linksIn(text.title, text.body) > NEW_ACCOUNT.maxLinksPerPost) {
      throw badInput(
        'input.body',
        `new members can put at most ${NEW_ACCOUNT.maxLinksPerPost} links in a post during their first day. Remove some links, or post them later.`,
      );
    }
  }

  /** Counts the action on every rule's counter at once, or throws RATE_LIMITED for the rule that waits longest. */
  private async take(hits: [RateRule, string][]): Promise<Reservation> {
    const outcome = await this.store.consume(
      hits.map(([rule, subject]) => ({ key: `${this.prefix}${rule.bucket}:${subject}`, limit: rule.limit, windowMs: rule.windowSeconds * 1000 })),
      this.clock(),
    );
    if (!outcome.allowed) throw rateLimited(hits[outcome.index][0], outcome.retryAfterMs);
    return outcome;
  }

  /** Runs the action; if it fails, takes it back off the counters unless `stillCounts` says the failure counts. */
  private async holding<T>(held: Reservation, attempt: () => Promise<T>, stillCounts: (error: unknown) => boolean = () => false): Promise<T> {
    try {
      return await attempt();
    } catch (error) {
      if (!stillCounts(error)) await held.release();
      throw error;
    }
  }
}

/** Sign-in attempts are counted per email as typed (not per account, which would tell whether one exists), hashed: counters hold no personal data. */
function accountSubject(email: unknown): string {
  const normalized = typeof email === 'string' ? email.trim().toLowerCase() : '';
  return createHash('sha256').update(normalized).digest('hex').slice(0, 32);
}
