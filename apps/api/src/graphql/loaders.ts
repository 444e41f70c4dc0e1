import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import DataLoader from 'dataloader';
import type { Actor } from '../access/policy.js';
import { type CommentRecord, type CommentRevisionRecord, CommentVoteValue } from '../comments/comment.record.js';
import { CommentsService } from '../comments/comments.service.js';
import type { AgencyEntity } from '../reference/agency.entity.js';
import type { AreaEntity } from '../reference/area.entity.js';
import type { CategoryEntity } from '../reference/category.entity.js';
import { ReferenceService } from '../reference/reference.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import {
  type OfficialResponseRecord,
  type ProposalRecord,
  ProposalVoteValue,
  type StatusChangeRecord,
} from '../proposals/proposal.record.js';
import { ProposalsService } from '../proposals/proposals.service.js';
import type { ThreadRecord, ThreadRevisionRecord } from '../threads/thread.record.js';
import { ThreadsService } from '../threads/threads.service.js';
import { FollowsService } from '../notifications/follows.service.js';

/** Per-request batch loaders: each list resolves its related rows in one query, never one per item. */
export interface Loaders {
  area: DataLoader<string, AreaEntity | null>;
  areaChildren: DataLoader<string, AreaEntity[]>;
  /** the support threshold in force in an area */
  areaThreshold: DataLoader<string, number>;
  agency: DataLoader<string, AgencyEntity | null>;
  category: DataLoader<string, CategoryEntity | null>;
  user: DataLoader<string, UserEntity | null>;
  comment: DataLoader<string, CommentRecord | null>;
  /** the asking person's vote on a comment (NONE for visitors) */
  myCommentVote: DataLoader<string, CommentVoteValue>;
  /** every version of a thread's title and body, oldest first */
  threadRevisions: DataLoader<string, ThreadRevisionRecord[]>;
  /** every version of a comment's body, oldest first */
  commentRevisions: DataLoader<string, CommentRevisionRecord[]>;
  proposal: DataLoader<string, ProposalRecord | null>;
  /** the asking person's vote on a proposal (NONE for visitors) */
  myProposalVote: DataLoader<string, ProposalVoteValue>;
  /** a proposal's official responses, oldest first */
  proposalResponses: DataLoader<string, OfficialResponseRecord[]>;
  /** a proposal's status changes, oldest first */
  proposalStatusHistory: DataLoader<string, StatusChangeRecord[]>;
  officialResponse: DataLoader<string, OfficialResponseRecord | null>;
  /** proposals made from a thread, oldest first */
  threadProposals: DataLoader<string, ProposalRecord[]>;
  thread: DataLoader<string, ThreadRecord | null>;
  /** whether the asking person follows a target, keyed `THREAD:<id>` / `PROPOSAL:<id>` (false for visitors) */
  viewerFollows: DataLoader<string, boolean>;
  /** how many people follow a target, keyed like viewerFollows */
  followerCount: DataLoader<string, number>;
}

function byId<T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = new Map((await load(ids)).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

/** Loads rows for many keys in one query and hands each key its own, in the order the query returned them. */
function groupedBy<T>(load: (ids: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string) {
  return new DataLoader<string, T[]>(async (ids) => {
    const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const row of await load(ids)) groups.get(keyOf(row))?.push(row);
    return ids.map((id) => groups.get(id)!);
  });
}

@Injectable()
export class LoadersFactory {
  constructor(
    private readonly reference: ReferenceService,
    private readonly users: UsersService,
    private readonly comments: CommentsService,
    private readonly threads: ThreadsService,
    private readonly proposals: ProposalsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly follows: FollowsService,
  ) {}

  create(actor: Actor | null): Loaders {
    return {
      comment: byId((ids) => this.comments.findByIds(ids)),
      myCommentVote: new DataLoader(async (ids) => {
        if (!actor) return ids.map(() => CommentVoteValue.NONE);
        const votes = await this.comments.myVotes(actor.userId, ids);
        return ids.map((id) => votes.get(id) ?? CommentVoteValue.NONE);
      }),
      threadRevisions: new DataLoader(async (ids) => {
        const revisions = await this.threads.revisionsFor(ids);
        return ids.map((id) => revisions.get(id) ?? []);
      }),
      commentRevisions: new DataLoader(async (ids) => {
        const revisions = await this.comments.revisionsFor(ids);
        return ids.map((id) => revisions.get(id) ?? []);
      }),
      proposal: byId((ids) => this.proposals.findByIds(ids)),
      myProposalVote: new DataLoader(async (ids) => {
        if (!actor) return ids.map(() => ProposalVoteValue.NONE);
        const votes = await this.proposals.myVotes(actor.userId, ids);
        return ids.map((id) => votes.get(id) ?? ProposalVoteValue.NONE);
      }),
      proposalResponses: groupedBy((ids) => this.proposals.responsesFor(ids), (r) => r.proposalId),
      proposalStatusHistory: groupedBy((ids) => this.proposals.statusHistoryFor(ids), (r) => r.proposalId),
      officialResponse: byId((ids) => this.proposals.responsesByIds(ids)),
      thread: byId((ids) => this.proposals.threadsByIds(ids)),
      threadProposals: groupedBy((ids) => this.proposals.forThreads(ids), (p) => p.threadId!),
      area: byId((ids) => this.reference.areasByIds(ids)),
      agency: byId((ids) => this.reference.agenciesByIds(ids)),
      category: byId((ids) => this.reference.categoriesByIds(ids)),
      user: byId((ids) => this.users.findByIds(ids)),
      areaThreshold: new DataLoader(async (ids) => {
        const thresholds = await this.reference.supportThresholdsFor(ids, this.config.defaultSupportThreshold);
        return ids.map((id) => thresholds.get(id) ?? this.config.defaultSupportThreshold);
      }),
      viewerFollows: new DataLoader(async (keys) => {
        if (!actor) return keys.map(() => false);
        const followed = await this.follows.followedBy(actor.userId, keys);
        return keys.map((key) => followed.has(key));
      }),
      followerCount: new DataLoader(async (keys) => {
        const counts = await this.follows.counts(keys);
        return keys.map((key) => counts.get(key) ?? 0);
      }),
      areaChildren: new DataLoader(async (ids) => {
        const children = await this.reference.childrenOf(ids);
        return ids.map((id) => children.filter((c) => c.parentId === id));
      }),
    };
  }
}
