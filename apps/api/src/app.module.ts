import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthResolver } from './auth/auth.resolver.js';
import { AuthService } from './auth/auth.service.js';
import { AuditController } from './audit/audit.controller.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { AuditService } from './audit/audit.service.js';
import { CommentQueryResolver } from './comments/comment-query.resolver.js';
import { CommentsResolver } from './comments/comments.resolver.js';
import { CommentsService } from './comments/comments.service.js';
import { ThreadsResolver } from './threads/threads.resolver.js';
import { ProposalsService } from './proposals/proposals.service.js';
import { LiveEvents } from './live/live-events.service.js';
import { LiveResolver } from './live/live.resolver.js';
import { LiveServer } from './live/live.server.js';
import {
  AccountabilityResolver,
  OfficialResponseResolver,
  ProposalsResolver,
  StatusChangeResolver,
  ThreadProposalsResolver,
} from './proposals/proposals.resolver.js';
import { ThreadsService } from './threads/threads.service.js';
import { APP_CONFIG, type AppConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import { dataSourceOptions } from './database/data-source.js';
import { graphqlOptions } from './graphql/graphql.options.js';
import { LoadersFactory } from './graphql/loaders.js';
import { HealthController } from './health/health.controller.js';
import { SummariesResolver } from './summaries/summaries.resolver.js';
import { SummariesService } from './summaries/summaries.service.js';
import { SummaryExportController } from './summaries/summary-export.controller.js';
import { PubSubModule } from './pubsub/pubsub.module.js';
import { ReferenceService } from './reference/reference.service.js';
import { AgencyResolver, AreaResolver, CategoryResolver } from './reference/reference.resolver.js';
import { StartupService } from './startup/startup.service.js';
import { UsersResolver } from './users/users.resolver.js';
import { UsersService } from './users/users.service.js';
import { FollowsService } from './notifications/follows.service.js';
import { notificationResolvers } from './notifications/notifications.resolver.js';
import { NotificationsService } from './notifications/notifications.service.js';
import { OutboxWorker } from './notifications/outbox.worker.js';
import { createSender, NOTIFICATION_SENDER } from './notifications/sender.js';
import { RateLimits } from './rate-limit/rate-limits.service.js';
import { moderationResolvers } from './moderation/moderation.resolver.js';
import { ModerationService } from './moderation/moderation.service.js';
import { PersonalDataGuard } from './moderation/personal-data.guard.js';
import { visibilityResolvers } from './moderation/visibility.resolver.js';
import './graphql/enums.js';

/** Services every domain needs: identity, people, reference data and the per-request loaders. */
@Module({
  providers: [AuthService, UsersService, ReferenceService, AuditService, ThreadsService, CommentsService, ProposalsService, LiveEvents, FollowsService, NotificationsService, LoadersFactory, RateLimits, PersonalDataGuard, ModerationService, SummariesService],
  exports: [AuthService, UsersService, ReferenceService, AuditService, ThreadsService, CommentsService, ProposalsService, LiveEvents, FollowsService, NotificationsService, LoadersFactory, RateLimits, PersonalDataGuard, ModerationService, SummariesService],
})
export class CoreModule {}

const proposalResolvers = [ProposalsResolver, OfficialResponseResolver, StatusChangeResolver, AccountabilityResolver, ThreadProposalsResolver];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    if (!config.databaseUrl) throw new Error('AppModule needs a database URL');
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions(config.databaseUrl)),
        PubSubModule,
        CoreModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [CoreModule],
          inject: [APP_CONFIG, AuthService, LoadersFactory],
          useFactory: graphqlOptions,
        }),
      ],
      controllers: [HealthController, AuditController, SummaryExportController],
      providers: [AuthResolver, UsersResolver, AreaResolver, CategoryResolver, AgencyResolver, ThreadsResolver, CommentsResolver, CommentQueryResolver, ...proposalResolvers, AuditResolver, LiveResolver, LiveServer, StartupService,
        ...notificationResolvers, ...moderationResolvers, ...visibilityResolvers, SummariesResolver, OutboxWorker, { provide: NOTIFICATION_SENDER, inject: [APP_CONFIG], useFactory: createSender }],
    };
  }
}
