import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { type Actor, authorize, can, requireActor, canSee, canSeeSql } from '../access/policy.js';
import { AuditService } from '../audit/audit.service.js';
import { LiveEvents } from '../live/live-events.service.js';
import { PersonalDataGuard } from '../moderation/personal-data.guard.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { Topics } from '../live/topics.js';
import { badInput, notFound } from '../common/domain-error.js';
import { markdownBody, renderBody } from '../common/markdown-fields.js';
import { isUuid, parseInput, plainLine, requireId } from '../common/validation.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { Connection } from '../graphql/connection.js';
import { type Keyset, ListQuery } from '../graphql/list-query.js';
import { ReferenceService } from '../reference/reference.service.js';
import {
  type OfficialResponseRecord,
  PROPOSAL_COLUMNS,
  type ProposalRecord,
  ProposalSort,
  ProposalStatus,
  ProposalVoteValue,
  RESPONSE_COLUMNS,
  STATUS_CHANGE_COLUMNS,
  StatusChangeCause,
  type StatusChangeRecord,
} from './proposal.record.js';
import { THREAD_COLUMNS, type ThreadRecord } from '../threads/thread.record.js';
import { responseDueAt, type ResponseWindow } from './response-window.js';
import { acceptsVotes, canRespondWith, canWithdraw, isDecided, responseTargets } from './status-machine.js';

export const MAX_PROPOSAL_BODY = 20_000;
export const MAX_RESPONSE_BODY = 10_000;

const id = () => z.string().refine(isUuid, 'is not a valid id.');
const statusValue = z.enum(ProposalStatus, { message: `must be one of ${Object.values(ProposalStatus).join(', ')}.` });
const statusList = z
  .array(statusValue)
  .min(1, 'must name at least one status; leave it out to list every status.')
  .transform((list) => [...new Set(list)]);

const createSchema = z.object({
  title: plainLine(5, 200),
  body: markdownBody(MAX_PROPOSAL_BODY),
  areaId: id(),
  threadId: id().nullish(),
  categoryId: id().nullish(),
});

const respondSchema = z.object({
  proposalId: id(),
  body: markdownBody(MAX_RESPONSE_BODY),
  status: statusValue,
});

const note = plainLine(1, 500).nullish();

export interface ListProposalsArgs {
  first?: number | null;
  after?: string | null;
  areaId?: string | null;
  status?: ProposalStatus | null;
  statuses?: readonly ProposalStatus[] | null;
  authorId?: string | null;
  votedByMe?: boolean | null;
  categoryId?: string | null;
  agencyId?: string | null;
  threadId?: string | null;
  overdue?: boolean | null;
  pinned?: boolean | null;
  search?: string | null;
  sort?: ProposalSort | null;
}

const SORTS: Record<ProposalSort, Keyset<ProposalRecord>> = {
  [ProposalSort.NEW]: { key: 'p.created_at', keyType: 'string', cursorOf: (p) => p.createdAt.toISOString() },
  [ProposalSort.TOP]: { key: 'p.support_count', keyType: 'number', cursorOf: (p) => p.supportCount },
  [ProposalSort.ACTIVE]: { key: 'p.last_activity_at', keyType: 'string', cursorOf: (p) => p.lastActivityAt.toISOString() },
  // Soonest first. No deadline counts as 'infinity', so those come last, ordered by id like any tie, and their cursors stay exact.
  [ProposalSort.DEADLINE]: {
    key: `coalesce(p.response_due_at, 'infinity'::timestamptz)`,
    keyType: 'string',
    cursorOf: (p) => p.responseDueAt?.toISOString() ?? 'infinity',
    direction: 'ASC',
  },
};

const VOTE_COLUMN: Record<Exclude<ProposalVoteValue, ProposalVoteValue.NONE>, string> = {
  SUPPORT: 'support_count',
  OPPOSE: 'oppose_count',
};

/**
 * A fingerprint of an official statement: anyone holding its text can show it is
 * what the agency published. Residents' own words get none, since a fingerprint
 * of a short text outlives its deletion and can confirm a guess.
 */
export function contentHash(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('hex');
}

export interface AgencyAccountabilityRow {
  agencyId: string | null;
  assigned: number;
  answered: number;
  answeredOnTime: number;
  overdueNow: number;
  awaitingResponse: number;
  medianHoursToFirstResponse: number | null;
}

@Injectable()
export class ProposalsService {
  private readonly window: ResponseWindow;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly reference: ReferenceService,
    private readonly live: LiveEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
    private readonly guard: PersonalDataGuard,
  ) {
    this.window = {
      days: config.responseWindowDays,
      workingDays: config.responseWindowWorkingDays,
      utcOffsetMinutes: config.utcOffsetMinutes,
      holidays: new Set(config.holidays),
    };
  }

  async create(actor: Actor | null, input: unknown): Promise<ProposalRecord> {
    authorize(actor, 'proposal.create', undefined);
    const data = parseInput(createSchema, input, 'input');
    const rendered = renderBody(data.body);
    return this.db.transaction(async (tx) => {
      const [area] = await tx.query(`SELECT 1 FROM areas WHERE id = $1`, [data.areaId]);
      if (!area) throw badInput('input.areaId', 'no such area.');
      let categoryId = data.categoryId ?? null;
      if (data.threadId) {
        const [thread] = await tx.query(`SELECT category_id, hidden, deleted_at FROM threads WHERE id = $1`, [data.threadId]);
        if (!thread || (thread.hidden && !can(actor, 'content.seeHidden', undefined))) throw badInput('input.threadId', 'no such thread.');
        if (thread.deleted_at) throw badInput('input.threadId', 'this thread was deleted.');
        categoryId ??= thread.category_id;
      }
      let agencyId: string | null = null;
      if (categoryId) {
        const [category] = await tx.query(`SELECT default_agency_id FROM categories WHERE id = $1`, [categoryId]);
        if (!category) throw badInput('input.categoryId', 'no such category.');
        agencyId = category.default_agency_id;
      }
      const threshold = (await this.reference.supportThresholdsFor([data.areaId], this.config.defaultSupportThreshold)).get(data.areaId)!;
      const [row] = await tx.query(
        `INSERT INTO proposals AS p (author_id, area_id, category_id, agency_id, thread_id, title, body, body_html, body_text, support_threshold)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${PROPOSAL_COLUMNS}`,
        [actor.userId, data.areaId, categoryId, agencyId, data.threadId ?? null, data.title, rendered.body, rendered.bodyHtml, rendered.bodyText, threshold],
      );
      await this.recordStatus(tx, row.id, null, ProposalStatus.OPEN, actor.userId, StatusChangeCause.CREATED);
      if (data.threadId) await tx.query(`UPDATE threads SET last_activity_at = now() WHERE id = $1`, [data.threadId]);
      await this.audit.record(tx, {
        actor,
        action: 'proposal.create',
        targetType: 'PROPOSAL',
        targetId: row.id,
        summary: {
          areaId: data.areaId,
          categoryId,
          agencyId,
          threadId: data.threadId ?? null,
          supportThreshold: threshold,
        },
      });
      const hold = await this.guard.apply(tx, 'PROPOSAL', row, this.guard.scan(data.title, data.body));
      if (hold.held) return this.reload(tx, row.id);
      await this.notifications.proposalCreated(tx, row);
      await this.live.publishActivity(tx, { kind: 'PROPOSAL', areaId: data.areaId, thread: null, proposal: row });
      return row as ProposalRecord;
    });
  }

  /**
   * A proposal by id. A hidden one keeps its place: readers who may not see it get
   * it without its text (the visibility fields), with the reason.
   */
  async findById(_actor: Actor | null, proposalId: unknown): Promise<ProposalRecord | null> {
    if (!isUuid(proposalId)) return null;
    const [row] = await this.db.query(`SELECT ${PROPOSAL_COLUMNS} FROM proposals p WHERE p.id = $1`, [proposalId]);
    return (row as ProposalRecord | undefined) ?? null;
  }

  async findByIds(ids: readonly string[]): Promise<ProposalRecord[]> {
    return this.db.query(`SELECT ${PROPOSAL_COLUMNS} FROM proposals p WHERE p.id = ANY($1::uuid[])`, [ids]);
  }

  visible(actor: Actor | null, p: Pick<ProposalRecord, 'hidden' | 'authorId'>): boolean {
    return canSee(actor, p);
  }

  async list(actor: Actor | null, args: ListProposalsArgs): Promise<Connection<ProposalRecord>> {
    // Only a signed-in person has votes to filter by.
    let voterId: string | null = null;
    if (args.votedByMe === true) {
      requireActor(actor);
      voterId = actor.userId;
    }
    const q = new ListQuery('p');
    // Hidden proposals are listed for moderators and for their author, for nobody else.
    q.where(canSeeSql(actor, { hidden: 'p.hidden', authorId: 'p.author_id' }, (v) => q.param(v)));
    q.inArea(args.areaId)
      .equals('categoryId', args.categoryId, 'p.category_id')
      .equals('agencyId', args.agencyId, 'p.agency_id')
      .equals('threadId', args.threadId, 'p.thread_id')
      .equals('authorId', args.authorId, 'p.author_id')
      .matching(args.search);
    if (args.status != null) {
      if (!Object.values(ProposalStatus).includes(args.status)) throw badInput('status', 'is not a proposal status.');
      q.where(`p.status = ${q.param(args.status)}`);
    }
    if (args.statuses != null) {
      q.where(`p.status = ANY(${q.param(parseInput(statusList, args.statuses, 'statuses'))}::proposal_status[])`);
    }
    // A withdrawn vote (NONE) leaves no row, so every row is a current SUPPORT or OPPOSE.
    if (voterId) q.where(`EXISTS (SELECT 1 FROM proposal_votes v WHERE v.proposal_id = p.id AND v.user_id = ${q.param(voterId)})`);
    if (args.overdue === true) q.where(`p.status = 'AWAITING_RESPONSE' AND p.response_due_at < now()`);
    if (args.overdue === false) q.where(`NOT (p.status = 'AWAITING_RESPONSE' AND p.response_due_at < now())`);
    if (args.pinned != null) q.where(args.pinned ? 'p.pinned' : 'NOT p.pinned');
    return q.page(this.db, { table: 'proposals', columns: PROPOSAL_COLUMNS }, SORTS[args.sort ?? ProposalSort.NEW], args);
  }

  /**
   * Records, changes or withdraws (NONE) one person's vote. The proposal row is
   * locked for the transaction, so concurrent votes apply one after another: the
   * counts always equal a recount and the threshold is crossed exactly once.
   */
  async vote(actor: Actor | null, proposalIdInput: unknown, value: ProposalVoteValue): Promise<ProposalRecord> {
    requireActor(actor);
    const proposalId = requireId('proposalId', proposalIdInput);
    if (!Object.values(ProposalVoteValue).includes(value)) throw badInput('value', 'must be SUPPORT, OPPOSE or NONE.');
    return this.db.transaction(async (tx) => {
      const proposal = await this.lock(tx, actor, proposalId);
      authorize(actor, 'proposal.vote', { authorId: proposal.authorId });
      if (!acceptsVotes(proposal.status)) throw badInput('proposalId', `voting has closed: this proposal is ${proposal.status.toLowerCase().replace('_', ' ')}.`);
      const [previous] = await tx.query(`SELECT value FROM proposal_votes WHERE proposal_id = $1 AND user_id = $2`, [proposalId, actor.userId]);
      const before: ProposalVoteValue = previous?.value ?? ProposalVoteValue.NONE;
      if (before !== value) {
        if (value === ProposalVoteValue.NONE) {
          await tx.query(`DELETE FROM proposal_votes WHERE proposal_id = $1 AND user_id = $2`, [proposalId, actor.userId]);
        } else {
          await tx.query(
            `INSERT INTO proposal_votes (proposal_id, user_id, value) VALUES ($1, $2, $3)
             ON CONFLICT (proposal_id, user_id) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
            [proposalId, actor.userId, value],
          );
        }
        const changes: string[] = ['last_activity_at = now()'];
        if (before !== ProposalVoteValue.NONE) changes.push(`${VOTE_COLUMN[before]} = ${VOTE_COLUMN[before]} - 1`);
        if (value !== ProposalVoteValue.NONE) changes.push(`${VOTE_COLUMN[value]} = ${VOTE_COLUMN[value]} + 1`);
        await tx.query(`UPDATE proposals SET ${changes.join(', ')} WHERE id = $1`, [proposalId]);
        const [{ support_count: support }] = await tx.query(`SELECT support_count FROM proposals WHERE id = $1`, [proposalId]);
        await this.audit.record(tx, { actor, action: 'proposal.vote', targetType: 'PROPOSAL', targetId: proposalId, summary: { from: before, to: value } });
        await this.reachThresholdIfDue(tx, proposal, support, actor.userId);
        this.live.publishCoalesced(tx, `proposal:${proposalId}`, async () => {
          const latest = await this.findByIds([proposalId]);
          return latest[0] ? [Topics.proposalUpdated(proposalId), { proposal: latest[0] }] : null;
        });
      }
      return this.reload(tx, proposalId);
    });
  }

  /** An official answer: the proposal takes the response's status, and its clock stops for accountability. */
  async respond(actor: Actor | null, input: unknown): Promise<OfficialResponseRecord> {
    requireActor(actor);
    const data = parseInput(respondSchema, input, 'input');
    const rendered = renderBody(data.body);
    return this.db.transaction(async (tx) => {
      const proposal = await this.lock(tx, actor, data.proposalId);
      authorize(actor, 'proposal.respond', { agencyId: proposal.agencyId });
      if (!canRespondWith(proposal.status, data.status)) {
        const allowed = responseTargets(proposal.status);
        throw badInput(
          'input.status',
          allowed.length
            ? `a ${proposal.status} proposal can be answered with ${allowed.join(' or ')}, not ${data.status}.`
            : `a ${proposal.status} proposal can no longer be answered.`,
        );
      }
      if (!proposal.clockStartedAt) await this.startClock(tx, proposal.id);
      const [response] = await tx.query(
        `INSERT INTO official_responses AS r (proposal_id, author_id, agency_id, body, body_html, body_text, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${RESPONSE_COLUMNS}`,
        [proposal.id, actor.userId, proposal.agencyId, rendered.body, rendered.bodyHtml, rendered.bodyText, data.status],
      );
      await tx.query(
        `UPDATE proposals SET status = $2, first_response_at = coalesce(first_response_at, $3), last_activity_at = now(), updated_at = now()
         WHERE id = $1`,
        [proposal.id, data.status, response.createdAt],
      );
      if (data.status !== proposal.status) {
        await this.recordStatus(tx, proposal.id, proposal.status, data.status, actor.userId, StatusChangeCause.OFFICIAL_RESPONSE, null, response.id);
      }
      await this.audit.record(tx, {
        actor,
        action: 'proposal.respond',
        targetType: 'PROPOSAL',
        targetId: proposal.id,
        summary: {
          responseId: response.id,
          agencyId: proposal.agencyId,
          contentHash: contentHash(rendered.body),
          status: { from: proposal.status, to: data.status },
          // Only a first answer can be on time or late; one before any deadline is on time.
          onTime: proposal.firstResponseAt !== null ? null : proposal.responseDueAt === null || response.createdAt <= proposal.responseDueAt,
        },
      });
      await this.notifications.officialResponse(tx, { proposalId: proposal.id, responseId: response.id, actorId: actor.userId, from: proposal.status, status: data.status });
      this.live.publish(tx, Topics.proposalUpdated(proposal.id), { proposal: await this.reload(tx, proposal.id) });
      return response as OfficialResponseRecord;
    });
  }

  async withdraw(actor: Actor | null, proposalIdInput: unknown, reasonInput: unknown): Promise<ProposalRecord> {
    requireActor(actor);
    const proposalId = requireId('proposalId', proposalIdInput);
    const reason = parseInput(note, reasonInput ?? null, 'reason') ?? null;
    return this.db.transaction(async (tx) => {
      const proposal = await this.lock(tx, actor, proposalId);
      authorize(actor, 'proposal.withdraw', { authorId: proposal.authorId });
      if (!canWithdraw(proposal.status)) {
        throw badInput('proposalId', proposal.status === ProposalStatus.WITHDRAWN
          ? 'this proposal was already withdrawn.'
          : 'an official has already responded, so this proposal can no longer be withdrawn.');
      }
      await tx.query(`UPDATE proposals SET status = 'WITHDRAWN', last_activity_at = now(), updated_at = now() WHERE id = $1`, [proposalId]);
      await this.recordStatus(tx, proposalId, proposal.status, ProposalStatus.WITHDRAWN, actor.userId, StatusChangeCause.WITHDRAWN_BY_AUTHOR, reason);
      await this.audit.record(tx, {
        actor,
        action: 'proposal.withdraw',
        targetType: 'PROPOSAL',
        targetId: proposalId,
        summary: { from: proposal.status, to: ProposalStatus.WITHDRAWN },
      });
      await this.notifications.statusChanged(tx, { proposalId, actorId: actor.userId, shownActorId: actor.userId, from: proposal.status, status: ProposalStatus.WITHDRAWN });
      return this.published(tx, proposalId);
    });
  }

  /** Moderators and admins route a proposal to the agency that should answer it. */
  async assignAgency(actor: Actor | null, proposalIdInput: unknown, agencyIdInput: unknown): Promise<ProposalRecord> {
    authorize(actor, 'proposal.assignAgency', undefined);
    const proposalId = requireId('proposalId', proposalIdInput);
    const agencyId = requireId('agencyId', agencyIdInput);
    return this.db.transaction(async (tx) => {
      const proposal = await this.lock(tx, actor, proposalId);
      if (isDecided(proposal.status)) throw badInput('proposalId', `a ${proposal.status} proposal keeps the agency that answered it.`);
      const [agency] = await tx.query(`SELECT 1 FROM agencies WHERE id = $1`, [agencyId]);
      if (!agency) throw badInput('agencyId', 'no such agency.');
      if (proposal.agencyId !== agencyId) {
        await tx.query(`UPDATE proposals SET agency_id = $2, updated_at = now() WHERE id = $1`, [proposalId, agencyId]);
        await this.audit.record(tx, {
          actor,
          action: 'proposal.assignAgency',
          targetType: 'PROPOSAL',
          targetId: proposalId,
          summary: { from: proposal.agencyId, to: agencyId },
        });
        return this.published(tx, proposalId);
      }
      return this.reload(tx, proposalId);
    });
  }

  async myVotes(userId: string, proposalIds: readonly string[]): Promise<Map<string, ProposalVoteValue>> {
    const rows: { proposal_id: string; value: ProposalVoteValue }[] = await this.db.query(
      `SELECT proposal_id, value FROM proposal_votes WHERE user_id = $1 AND proposal_id = ANY($2::uuid[])`,
      [userId, proposalIds],
    );
    return new Map(rows.map((r) => [r.proposal_id, r.value]));
  }

  /** Official responses of several proposals, oldest first within each. */
  async responsesFor(proposalIds: readonly string[]): Promise<OfficialResponseRecord[]> {
    return this.db.query(
      `SELECT ${RESPONSE_COLUMNS} FROM official_responses r WHERE r.proposal_id = ANY($1::uuid[]) ORDER BY r.created_at, r.id`,
      [proposalIds],
    );
  }

  async statusHistoryFor(proposalIds: readonly string[]): Promise<StatusChangeRecord[]> {
    return this.db.query(
      `SELECT ${STATUS_CHANGE_COLUMNS} FROM proposal_status_changes s WHERE s.proposal_id = ANY($1::uuid[]) ORDER BY s.created_at, s.id`,
      [proposalIds],
    );
  }

  async forThreads(threadIds: readonly string[]): Promise<ProposalRecord[]> {
    return this.db.query(`SELECT ${PROPOSAL_COLUMNS} FROM proposals p WHERE p.thread_id = ANY($1::uuid[]) ORDER BY p.created_at, p.id`, [threadIds]);
  }

  /** Threads proposals grew from, for one batched lookup per request. */
  async threadsByIds(ids: readonly string[]): Promise<ThreadRecord[]> {
    return this.db.query(`SELECT ${THREAD_COLUMNS} FROM threads t WHERE t.id = ANY($1::uuid[])`, [ids]);
  }

  async responsesByIds(ids: readonly string[]): Promise<OfficialResponseRecord[]> {
    return this.db.query(`SELECT ${RESPONSE_COLUMNS} FROM official_responses r WHERE r.id = ANY($1::uuid[])`, [ids]);
  }

  /**
   * The public performance report. A proposal counts for the period in which its
   * clock started (its support threshold was reached, or an official answered
   * first); withdrawn ones count for nobody. Every agency gets a row, including
   * those with nothing due, and proposals no agency was assigned get the row with
   * a null agency when there are any.
   */
  async accountability(fromInput: Date | null | undefined, toInput: Date | null | undefined): Promise<AgencyAccountabilityRow[]> {
    const from = fromInput ?? null;
    const to = toInput ?? null;
    for (const [name, value] of [['from', from], ['to', to]] as const) {
      if (value !== null && Number.isNaN(value.getTime())) throw badInput(name, 'is not a valid date and time.');
    }
    if (from && to && from > to) throw badInput('to', 'must not be before `from`.');
    return this.db.query(
      `WITH due AS (
         SELECT p.agency_id, p.clock_started_at, p.response_due_at, p.first_response_at, p.status
           FROM proposals p
          WHERE p.clock_started_at IS NOT NULL AND p.status NOT IN ('WITHDRAWN', 'MERGED')
            AND ($1::timestamptz IS NULL OR p.clock_started_at >= $1) AND ($2::timestamptz IS NULL OR p.clock_started_at < $2)
       ), per_agency AS (
         SELECT agency_id,
                count(*)::int AS assigned,
                count(first_response_at)::int AS answered,
                count(*) FILTER (WHERE first_response_at <= response_due_at)::int AS "answeredOnTime",
                count(*) FILTER (WHERE status = 'AWAITING_RESPONSE' AND response_due_at < now())::int AS "overdueNow",
                count(*) FILTER (WHERE status = 'AWAITING_RESPONSE')::int AS "awaitingResponse",
                (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_response_at - clock_started_at))
                   FILTER (WHERE first_response_at IS NOT NULL) / 3600)::float8 AS "medianHoursToFirstResponse"
           FROM due GROUP BY agency_id
       )
       SELECT a.id AS "agencyId", coalesce(s.assigned, 0) AS assigned, coalesce(s.answered, 0) AS answered,
              coalesce(s."answeredOnTime", 0) AS "answeredOnTime", coalesce(s."overdueNow", 0) AS "overdueNow",
              coalesce(s."awaitingResponse", 0) AS "awaitingResponse", s."medianHoursToFirstResponse"
         FROM agencies a LEFT JOIN per_agency s ON s.agency_id = a.id
       UNION ALL
       SELECT NULL, assigned, answered, "answeredOnTime", "overdueNow", "awaitingResponse", "medianHoursToFirstResponse"
         FROM per_agency WHERE agency_id IS NULL
       ORDER BY 1 NULLS LAST`,
      [from, to],
    );
  }

  private async lock(tx: EntityManager, actor: Actor, proposalId: string): Promise<ProposalRecord> {
    const [row] = await tx.query(`SELECT ${PROPOSAL_COLUMNS} FROM proposals p WHERE p.id = $1 FOR NO KEY UPDATE`, [proposalId]);
    if (!row || !this.visible(actor, row)) throw notFound('Proposal');
    return row as ProposalRecord;
  }

  private async reload(tx: EntityManager, proposalId: string): Promise<ProposalRecord> {
    const [row] = await tx.query(`SELECT ${PROPOSAL_COLUMNS} FROM proposals p WHERE p.id = $1`, [proposalId]);
    return row as ProposalRecord;
  }

  /** The proposal as it now stands, announced to its subscribers once the change commits. */
  async published(tx: EntityManager, proposalId: string): Promise<ProposalRecord> {
    const proposal = await this.reload(tx, proposalId);
    this.live.publish(tx, Topics.proposalUpdated(proposalId), { proposal });
    return proposal;
  }

  /**
   * An OPEN proposal whose support has reached its threshold now awaits an answer: its clock starts, the change is
   * on its timeline and in the audit chain, and followers hear of it. Call with the proposal row locked. Support can
   * fall back below the threshold later; the answer stays due once it was reached. `actorId` is whose vote (or
   * merge) did it, so they are not notified of their own doing.
   */
  async reachThresholdIfDue(
    tx: EntityManager,
    proposal: Pick<ProposalRecord, 'id' | 'status' | 'supportThreshold'>,
    support: number,
    actorId: string,
  ): Promise<void> {
    if (proposal.status !== ProposalStatus.OPEN || support < proposal.supportThreshold) return;
    await this.startClock(tx, proposal.id);
    await tx.query(`UPDATE proposals SET status = 'AWAITING_RESPONSE', updated_at = now() WHERE id = $1`, [proposal.id]);
    await this.recordStatus(tx, proposal.id, ProposalStatus.OPEN, ProposalStatus.AWAITING_RESPONSE, null, StatusChangeCause.THRESHOLD_REACHED);
    await this.audit.record(tx, {
      actor: null,
      action: 'proposal.status',
      targetType: 'PROPOSAL',
      targetId: proposal.id,
      summary: { from: ProposalStatus.OPEN, to: ProposalStatus.AWAITING_RESPONSE, cause: StatusChangeCause.THRESHOLD_REACHED, supportCount: support },
    });
    await this.notifications.statusChanged(tx, {
      proposalId: proposal.id,
      actorId,
      shownActorId: null,
      from: ProposalStatus.OPEN,
      status: ProposalStatus.AWAITING_RESPONSE,
    });
  }

  /** Starts the response clock now (the database's now, which every deadline is compared against). */
  private async startClock(tx: EntityManager, proposalId: string): Promise<void> {
    const [{ now }] = await tx.query(`SELECT now() AS now`);
    await tx.query(`UPDATE proposals SET clock_started_at = $2, response_due_at = $3 WHERE id = $1 AND clock_started_at IS NULL`, [
      proposalId,
      now,
      responseDueAt(now, this.window),
    ]);
  }

  /** One entry on the proposal's public timeline. */
  async recordStatus(
    tx: EntityManager,
    proposalId: string,
    from: ProposalStatus | null,
    to: ProposalStatus,
    actorId: string | null,
    cause: StatusChangeCause,
    noteText: string | null = null,
    responseId: string | null = null,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO proposal_status_changes (proposal_id, from_status, to_status, actor_id, cause, note, response_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [proposalId, from, to, actorId, cause, noteText, responseId],
    );
  }
}
