import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { type AuditEvent, canonicalJson } from '@rembug/audit-chain';
import type { ChainReport } from './audit.reader.js';

// seq is a bigint in the database and may pass 2^31 − 1, GraphQL's Int; Float carries every seq the format allows.

@ObjectType('AuditHead', { description: 'The last event of the audit chain: publish seq and hash so anyone can check later exports.' })
export class AuditHeadModel {
  @Field(() => Float, { description: 'A whole number.' })
  seq: number;

  @Field({ description: '64 lowercase hex digits.' })
  hash: string;

  @Field()
  occurredAt: Date;
}

@ObjectType('AuditEvent', { description: 'One entry of the public, hash-chained audit log; the format is in docs/audit-chain.md.' })
export class AuditEventModel {
  @Field(() => Float, { description: 'Position in the chain: 1, 2, 3… without gaps. A whole number.' })
  seq: number;

  @Field(() => ID)
  id: string;

  @Field()
  occurredAt: Date;

  @Field(() => ID, { nullable: true, description: 'The account that made the change; null for the system itself.' })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: 'Its role at the time, e.g. ADMIN.' })
  actorRole: string | null;

  @Field({ description: '`<kind>.<verb>`, e.g. thread.create or user.setRole.' })
  action: string;

  @Field({ description: 'Kind of thing changed, upper case: THREAD, COMMENT, USER, AREA, AGENCY, CATEGORY, PROPOSAL.' })
  targetType: string;

  @Field(() => ID, { nullable: true })
  targetId: string | null;

  @Field({ description: 'What changed, as canonical JSON text (the exact form that is hashed).' })
  summary: string;

  @Field()
  prevHash: string;

  @Field()
  hash: string;

  static from(event: AuditEvent): AuditEventModel {
    return Object.assign(new AuditEventModel(), {
      seq: event.seq,
      id: event.id,
      occurredAt: new Date(event.occurredAt),
      actorId: event.actorId,
      actorRole: event.actorRole,
      action: event.action,
      targetType: event.targetType,
      targetId: event.targetId,
      summary: canonicalJson(event.summary),
      prevHash: event.prevHash,
      hash: event.hash,
    });
  }
}

@ObjectType('AuditVerification', { description: 'The result of recomputing every hash of the stored audit chain.' })
export class AuditVerificationModel {
  @Field({ description: 'True when every event links to the one before and every hash matches.' })
  ok: boolean;

  @Field(() => Int, { description: 'Events checked and found intact (before the break, if there is one).' })
  count: number;

  @Field(() => String, { nullable: true, description: 'Hash of the last event, when ok; compare it with the published head.' })
  headHash: string | null;

  @Field(() => Float, { nullable: true, description: 'The first seq that does not verify, when not ok.' })
  brokenAt: number | null;

  @Field(() => String, { nullable: true, description: 'hash-mismatch, prev-hash-mismatch, sequence-gap or malformed, when not ok.' })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'What exactly did not match, when not ok.' })
  detail: string | null;

  static from(report: ChainReport): AuditVerificationModel {
    return Object.assign(new AuditVerificationModel(), {
      ok: report.ok,
      count: report.count,
      headHash: report.headHash,
      brokenAt: report.brokenAt,
      reason: report.reason,
      detail: report.detail,
    });
  }
}

@ArgsType()
export class AuditEventsArgs {
  @Field(() => Int, { nullable: true, description: 'At most 100; default 20.' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => String, { nullable: true, description: 'Only events about this kind of thing, e.g. THREAD.' })
  targetType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events about this one thing; needs targetType.' })
  targetId?: string | null;
}
