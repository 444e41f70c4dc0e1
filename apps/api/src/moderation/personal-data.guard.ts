import { Injectable } from '@nestjs/common';
import { personalDataKinds } from '@rembug/personal-data';
import type { EntityManager } from 'typeorm';
import { LiveEvents } from '../live/live-events.service.js';
import { Topics } from '../live/topics.js';

export type GuardedType = 'THREAD' | 'COMMENT' | 'PROPOSAL';

const TABLES: Record<GuardedType, string> = { THREAD: 'threads', COMMENT: 'comments', PROPOSAL: 'proposals' };

export interface HoldChange {
  /** the text carries personal data and is now shown only to its author and moderators */
  held: boolean;
  /** a hold ended because the author took the personal data out */
  released: boolean;
}

/**
 * The personal-data guard (Indonesia's UU PDP): a post that carries a NIK, a phone
 * number, an e-mail address or the like is held — shown only to its author and to
 * moderators — and queued for review as PERSONAL_DATA, until a moderator approves
 * it or its author edits the data out. It runs in the transaction that writes the
 * text, so a post is never public for a moment before it is held.
 */
@Injectable()
export class PersonalDataGuard {
  constructor(private readonly live: LiveEvents) {}

  /** Kinds of personal data in these texts (e.g. NIK, PHONE, EMAIL), in a stable order. */
  scan(...texts: string[]): string[] {
    return personalDataKinds(texts.join('\n'));
  }

  /**
   * Brings a row's hold in line with what its text now carries. `current` is the row as this transaction just wrote
   * it (the RETURNING of its INSERT or UPDATE), so nothing is read again on the way of every post. Text a moderator
   * already approved stays public as long as an edit adds no new kind of personal data to it.
   */
  async apply(
    tx: EntityManager,
    type: GuardedType,
    current: { id: string; hidden: boolean; hiddenCause: string | null; personalData: string[] },
    kinds: string[],
  ): Promise<HoldChange> {
    const table = TABLES[type];
    const id = current.id;
    const approved = !current.hidden && kinds.every((k) => current.personalData.includes(k));
    if (kinds.length > 0 && !approved) {
      await tx.query(
        `UPDATE ${table} SET personal_data = $2, hidden = true, hidden_cause = COALESCE(hidden_cause, 'PERSONAL_DATA') WHERE id = $1`,
        [id, kinds],
      );
      const inserted = await tx.query(
        `INSERT INTO flags (target_type, target_id, reporter_id, reason) VALUES ($1, $2, NULL, 'PERSONAL_DATA')
         ON CONFLICT (target_type, target_id) WHERE reporter_id IS NULL AND resolved_at IS NULL DO NOTHING RETURNING id`,
        [type, id],
      );
      if (inserted.length > 0) this.live.publish(tx, Topics.moderationQueue, { moderationQueueChanged: true });
      return { held: !current.hidden, released: false };
    }
    if (kinds.length > 0) return { held: false, released: false };
    if (current.personalData.length === 0 && current.hiddenCause !== 'PERSONAL_DATA') return { held: false, released: false };
    const release = current.hiddenCause === 'PERSONAL_DATA';
    await tx.query(
      `UPDATE ${table} SET personal_data = '{}', hidden = CASE WHEN $2 THEN false ELSE hidden END,
         hidden_cause = CASE WHEN $2 THEN NULL ELSE hidden_cause END, hidden_reason = CASE WHEN $2 THEN NULL ELSE hidden_reason END
       WHERE id = $1`,
      [id, release],
    );
    const resolved = await tx.query(
      `UPDATE flags SET resolved_at = clock_timestamp(), resolution = 'EDITED'
        WHERE target_type = $1 AND target_id = $2 AND reporter_id IS NULL AND resolved_at IS NULL RETURNING id`,
      [type, id],
    );
    if (resolved[1] > 0 || release) this.live.publish(tx, Topics.moderationQueue, { moderationQueueChanged: true });
    return { held: false, released: release };
  }
}
