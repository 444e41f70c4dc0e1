import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { authorize } from '../access/policy.js';
import { badInput } from '../common/domain-error.js';
import { isUuid } from '../common/validation.js';
import { ConnectionType, decodeCursor, encodeCursor, pageSize, toConnection, type Connection } from '../graphql/connection.js';
import type { GqlContext } from '../graphql/context.js';
import { AuditEventModel, AuditEventsArgs, AuditHeadModel, AuditVerificationModel } from './audit.models.js';
import { AUDIT_EVENT_COLUMNS, type QueryRows, readAuditHead, toAuditEvent, toSeq, verifyStoredChain } from './audit.reader.js';

const AuditEventConnection = ConnectionType(AuditEventModel, 'AuditEvent');

const TARGET_TYPE = /^[A-Z][A-Z_]{0,39}$/;

/** The audit log is public by design (docs/audit-chain.md): anyone may read it; only admins run the full check. */
@Resolver()
export class AuditResolver {
  private readonly query: QueryRows;

  constructor(@InjectDataSource() db: DataSource) {
    this.query = (sql, params) => db.query(sql, params);
  }

  @Query(() => AuditHeadModel, {
    nullable: true,
    description: 'The last event of the audit chain, to publish or to compare with a published one; null while it is empty.',
  })
  async auditHead(): Promise<AuditHeadModel | null> {
    const head = await readAuditHead(this.query);
    return head ? Object.assign(new AuditHeadModel(), head) : null;
  }

  @Query(() => AuditEventConnection, {
    description: 'Audit events, oldest first (increasing seq), optionally only those about one kind of thing or one thing.',
  })
  async auditEvents(@Args() args: AuditEventsArgs): Promise<Connection<AuditEventModel>> {
    const limit = pageSize(args.first);
    const cursor = decodeCursor(args.after, 1);
    const after = cursor === null ? 0 : Number(cursor[0]);
    if (!Number.isSafeInteger(after) || after < 0) throw badInput('after', 'is not a cursor from this list.');
    const targetType = args.targetType?.trim() || null;
    if (targetType !== null && !TARGET_TYPE.test(targetType)) {
      throw badInput('targetType', 'must be a kind of thing in upper case, such as THREAD, COMMENT, USER or AREA.');
    }
    const targetId = args.targetId?.trim() || null;
    if (targetId !== null && !isUuid(targetId)) throw badInput('targetId', 'is not a valid id.');
    // The index is on (target_type, target_id, seq): an id alone would scan the whole log.
    if (targetId !== null && targetType === null) throw badInput('targetType', 'is needed with targetId, e.g. THREAD.');

    const filters = ['($1::text IS NULL OR target_type = $1)', '($2::uuid IS NULL OR target_id = $2)'];
    const params = [targetType, targetId?.toLowerCase() ?? null];
    const rows = await this.query(
      `SELECT ${AUDIT_EVENT_COLUMNS} FROM audit_events WHERE ${filters.join(' AND ')} AND seq > $3 ORDER BY seq LIMIT $4`,
      [...params, after, limit + 1],
    );
    // Without a filter the count is the last seq (seqs have no gaps), which spares counting the whole log.
    const [counted] = targetType === null
      ? await this.query(`SELECT coalesce(max(seq), 0) AS count FROM audit_events`, [])
      : await this.query(`SELECT count(*) AS count FROM audit_events WHERE ${filters.join(' AND ')}`, params);
    const page = toConnection(rows.map(toAuditEvent), limit, (e) => encodeCursor([e.seq]), toSeq(counted?.count ?? 0), after > 0);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: AuditEventModel.from(e.node) })) };
  }

  @Query(() => AuditVerificationModel, {
    description: 'Recomputes every hash of the stored audit chain, in seq order, and reports the first break. Admins only.',
  })
  async verifyAuditChain(@Context() ctx: GqlContext): Promise<AuditVerificationModel> {
    authorize(ctx.actor, 'audit.verify', undefined);
    return AuditVerificationModel.from(await verifyStoredChain(this.query));
  }
}
