import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import type { Actor } from '../access/policy.js';
import { Role } from '../access/role.js';
import { AuditService } from '../audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { badInput, conflict, DomainError, ErrorCode } from '../common/domain-error.js';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../common/postgres-errors.js';
import { email, isUuid, parseInput, plainLine } from '../common/validation.js';
import { UserEntity } from '../users/user.entity.js';
import { hashPassword, verifyAgainstNothing, verifyPassword } from './password.js';
import { hashToken, looksLikeToken, newSessionToken } from './token.js';

export const MIN_PASSWORD_LENGTH = 10;
// Argon2 takes any length; the cap keeps a single request from burning CPU on megabytes.
export const MAX_PASSWORD_LENGTH = 256;

const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters.`);

export const locale = z
  .string()
  .transform((s) => s.trim().toLowerCase())
  .pipe(
    z
      .string()
      .regex(/^(id|en)([-_][a-z]{2})?$/, 'must be "id" (Bahasa Indonesia) or "en" (English).')
      .transform((s) => s.slice(0, 2)),
  );

const registerSchema = z.object({
  email,
  password,
  displayName: plainLine(2, 50),
  areaId: z
    .string()
    .nullish()
    .refine((v) => v == null || isUuid(v), 'is not a valid id.'),
  locale: locale.nullish(),
});

const loginSchema = z.object({
  email,
  password: z.string().min(1, 'must not be empty.').max(MAX_PASSWORD_LENGTH, 'is too long.'),
});

export interface SignedIn {
  token: string;
  user: UserEntity;
  expiresAt: Date;
}

// A busy session is touched at most this often, so reads do not turn into writes.
const TOUCH_INTERVAL_MS = 10 * 60 * 1000;

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async register(input: unknown): Promise<SignedIn> {
    const data = parseInput(registerSchema, input);
    if (data.areaId) {
      const found = await this.db.query(`SELECT 1 FROM areas WHERE id = $1`, [data.areaId]);
      if (found.length === 0) throw badInput('areaId', 'no such area.');
    }
    const passwordHash = await hashPassword(data.password);
    return this.db.transaction(async (tx) => {
      let user: UserEntity;
      try {
        user = await tx.getRepository(UserEntity).save(
          tx.getRepository(UserEntity).create({
            email: data.email,
            passwordHash,
            displayName: data.displayName,
            role: Role.CITIZEN,
            areaId: data.areaId ?? null,
            locale: data.locale ?? 'id',
          }),
        );
      } catch (error) {
        if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) {
          throw conflict('An account with this email already exists. Sign in instead, or use another email.');
        }
        throw error;
      }
      // The account itself is the actor. The summary stays empty: email, name and area are personal data, and the
      // chain can never be erased (docs/audit-chain.md).
      await this.audit.record(tx, {
        actor: { userId: user.id, role: user.role },
        action: 'user.register',
        targetType: 'USER',
        targetId: user.id,
        summary: {},
      });
      return this.openSession(tx, user);
    });
  }

  async login(input: { email: unknown; password: unknown }): Promise<SignedIn> {
    const data = parseInput(loginSchema, input);
    const user = await this.db.getRepository(UserEntity).findOneBy({ email: data.email });
    const ok = user ? await verifyPassword(user.passwordHash, data.password) : await verifyAgainstNothing(data.password);
    if (!user || !ok) {
      throw new DomainError(ErrorCode.UNAUTHENTICATED, 'The email or password is not correct.');
    }
    return this.db.transaction((tx) => this.openSession(tx, user));
  }

  /** Ends the session the request was made with. Safe to call twice. Session bookkeeping: not in the audit chain. */
  async logout(actor: Actor | null): Promise<void> {
    if (!actor) return;
    await this.db.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [actor.sessionId]);
  }

  async revokeAllSessions(userId: string, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
  }

  /** The actor behind a token, or null when it is unknown, expired or revoked. */
  async resolveActor(token: string | null): Promise<Actor | null> {
    if (!token || !looksLikeToken(token)) return null;
    const rows: {
      session_id: string;
      user_id: string;
      role: Role;
      agency_id: string | null;
      last_seen_at: Date;
      suspended_until: Date | null;
      suspension_reason: string | null;
    }[] =
      await this.db.query(
        `SELECT s.id AS session_id, u.id AS user_id, u.role, u.agency_id, s.last_seen_at, u.suspended_until, u.suspension_reason
           FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
        [hashToken(token)],
      );
    const row = rows[0];
    if (!row) return null;
    if (Date.now() - row.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
      this.db
        .query(`UPDATE sessions SET last_seen_at = now() WHERE id = $1`, [row.session_id])
        .catch((error: unknown) => this.logger.warn(`could not touch session: ${String(error)}`));
    }
    const suspension =
      row.suspended_until && row.suspended_until.getTime() > Date.now() ? { until: row.suspended_until, reason: row.suspension_reason ?? '' } : null;
    return { userId: row.user_id, role: row.role, agencyId: row.agency_id, sessionId: row.session_id, suspension };
  }

  get sessionTtlMs(): number {
    return this.config.sessionTtlDays * 24 * 60 * 60 * 1000;
  }

  private async openSession(tx: EntityManager, user: UserEntity): Promise<SignedIn> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.sessionTtlMs);
    await tx.query(`INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, $3)`, [
      user.id,
      hashToken(token),
      expiresAt,
    ]);
    return { token, user, expiresAt };
  }
}
