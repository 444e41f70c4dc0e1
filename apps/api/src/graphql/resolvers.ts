import { AuditResolver } from '../audit/audit.resolver.js';
import { AuthResolver } from '../auth/auth.resolver.js';
import { CommentQueryResolver } from '../comments/comment-query.resolver.js';
import { CommentsResolver } from '../comments/comments.resolver.js';
import {
  AccountabilityResolver,
  OfficialResponseResolver,
  ProposalsResolver,
  StatusChangeResolver,
  ThreadProposalsResolver,
} from '../proposals/proposals.resolver.js';
import { LiveResolver } from '../live/live.resolver.js';
import { notificationResolvers } from '../notifications/notifications.resolver.js';
import { ThreadsResolver } from '../threads/threads.resolver.js';
import { AgencyResolver, AreaResolver, CategoryResolver } from '../reference/reference.resolver.js';
import { UsersResolver } from '../users/users.resolver.js';
import { moderationResolvers } from '../moderation/moderation.resolver.js';
import { visibilityResolvers } from '../moderation/visibility.resolver.js';
import { SummariesResolver } from '../summaries/summaries.resolver.js';

/** Every resolver in the schema, so the schema can also be printed without a database. */
export const resolvers = [AuthResolver, UsersResolver, AreaResolver, CategoryResolver, AgencyResolver, ThreadsResolver, CommentsResolver, CommentQueryResolver,
  ProposalsResolver, OfficialResponseResolver, StatusChangeResolver, AccountabilityResolver, ThreadProposalsResolver, AuditResolver,
  LiveResolver, ...notificationResolvers, ...moderationResolvers, ...visibilityResolvers, SummariesResolver];
