import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { GENESIS_HASH, hashEvent, type JsonValue } from '@rembug/audit-chain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/policy.js';

export interface AuditEntry {
  /** Who made the change; only the account and its role are recorded. Null for the system itself. */
  actor: Pick<Actor, 'userId' | 'role'> | null;
  action: string;
  targetType: string;
  targetId: string | null;
  /** Ids and small facts only, never personal data or the text of posts: see docs/audit-chain.md. */
  summary: JsonValue;
}

// Serialises appends so that each event links to the one before it; held only until the transaction ends.
const AUDIT_LOCK = 7_261_846;

/**
 * Appends to the hash-chained audit log inside the caller's transaction, so
 * the event exists exactly when the change it describes does.
 */
@Injectable()
export class AuditService {
  async record(tx: EntityManager, entry: AuditEntry): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK]);
    const [last]: { seq: string; hash: string }[] = await tx.query('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1');
    const event = {
      seq: last ? Number(last.seq) + 1 : 1,
      id: randomUUID(),
      occurredAt: new Date(),
      actorId: entry.actor?.userId ?? null,
      actorRole: entry.actor?.role ?? null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      summary: entry.summary,
    };
    const prevHash = last?.hash ?? GENESIS_HASH;
    const hash = hashEvent(event, prevHash);
    await tx.query(
      `INSERT INTO audit_events (seq, id, occurred_at, actor_id, actor_role, action, target_type, target_id, summary, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [event.seq, event.id, event.occurredAt, event.actorId, event.actorRole, event.action, event.targetType, event.targetId, JSON.stringify(event.summary), prevHash, hash],
    );
  }
}
