import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/context.js';
import { RateLimits } from '../rate-limit/rate-limits.service.js';
import { SummariesService } from './summaries.service.js';
import { SummaryModel, SummaryScopeInput } from './summary.models.js';
import { scopeQueryString } from './export-params.js';

@Resolver(() => SummaryModel)
export class SummariesResolver {
  constructor(
    private readonly summaries: SummariesService,
    private readonly limits: RateLimits,
  ) {}

  @Query(() => SummaryModel, {
    description:
      'What people said in a discussion: participation, opinion groups (empty when there are too few votes), consensus, division, themes, quotes and proposals. Public; hidden and deleted content never enters it.',
  })
  async threadSummary(@Args('threadId', { type: () => ID }) threadId: string, @Context() ctx: GqlContext): Promise<SummaryModel> {
    const summary = await this.limits.summary(ctx.req, () => this.summaries.thread(threadId));
    return SummaryModel.from(summary, (file) => `/exports/threads/${summary.scope.threadId}/${file}`);
  }

  @Query(() => SummaryModel, { description: 'The same for an area (with the districts and villages inside it), a category and/or a time range.' })
  async summary(
    @Args('scope', { type: () => SummaryScopeInput, nullable: true }) scope: SummaryScopeInput | null,
    @Context() ctx: GqlContext,
  ): Promise<SummaryModel> {
    const summary = await this.limits.summary(ctx.req, () => this.summaries.scope(scope ?? {}));
    const query = scopeQueryString(summary.scope);
    return SummaryModel.from(summary, (file) => `/exports/${file}${query}`);
  }
}
