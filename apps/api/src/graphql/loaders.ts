import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import DataLoader from 'dataloader';
import type { Actor } from '../access/policy.js';
import { type CommentRecord, CommentVoteValue } from '../comments/comment.record.js';
import { CommentsService } from '../comments/comments.service.js';
import type { AgencyEntity } from '../reference/agency.entity.js';
import type { AreaEntity } from '../reference/area.entity.js';
import type { CategoryEntity } from '../reference/category.entity.js';
import { ReferenceService } from '../reference/reference.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';

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
}

function byId<T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = new Map((await load(ids)).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

@Injectable()
export class LoadersFactory {
  constructor(
    private readonly reference: ReferenceService,
    private readonly users: UsersService,
    private readonly comments: CommentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  create(actor: Actor | null): Loaders {
    return {
      comment: byId((ids) => this.comments.findByIds(ids)),
      myCommentVote: new DataLoader(async (ids) => {
        if (!actor) return ids.map(() => CommentVoteValue.NONE);
        const votes = await this.comments.myVotes(actor.userId, ids);
        return ids.map((id) => votes.get(id) ?? CommentVoteValue.NONE);
      }),
      area: byId((ids) => this.reference.areasByIds(ids)),
      agency: byId((ids) => this.reference.agenciesByIds(ids)),
      category: byId((ids) => this.reference.categoriesByIds(ids)),
      user: byId((ids) => this.users.findByIds(ids)),
      areaThreshold: new DataLoader(async (ids) => {
        const thresholds = await this.reference.supportThresholdsFor(ids, this.config.defaultSupportThreshold);
        return ids.map((id) => thresholds.get(id) ?? this.config.defaultSupportThreshold);
      }),
      areaChildren: new DataLoader(async (ids) => {
        const children = await this.reference.childrenOf(ids);
        return ids.map((id) => children.filter((c) => c.parentId === id));
      }),
    };
  }
}
