import type { ApolloServerPlugin } from '@apollo/server';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { AuthService } from '../auth/auth.service.js';
import { tokenFromRequest } from '../auth/token.js';
import type { AppConfig } from '../config/config.js';
import type { GqlContext } from './context.js';
import { createFormatError } from './format-error.js';
import { explainParseError, limitRules, parseOptions } from './limits.js';
import type { LoadersFactory } from './loaders.js';
import { errorDetail } from '../common/error-detail.js';

const logger = new Logger('GraphQL');

/** The context before the document has been checked: who is asking is not looked up yet. */
type UncheckedContext = Omit<GqlContext, 'actor' | 'loaders'> & Partial<Pick<GqlContext, 'actor' | 'loaders'>>;

/**
 * Looks up who is asking only once the document has parsed and passed every limit, so a refused request
 * costs no database query even when it carries a token.
 */
function actorOnceChecked(auth: AuthService, loaders: LoadersFactory): ApolloServerPlugin<UncheckedContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          const actor = await auth.resolveActor(contextValue.token);
          contextValue.actor = actor;
          contextValue.loaders = loaders.create(actor);
        },
      };
    },
  };
}

/** A document over the token limit gets a message that says what to do, not graphql-js's "Parsing aborted". */
const explainedParseErrors: ApolloServerPlugin<UncheckedContext> = {
  async requestDidStart() {
    return {
      async parsingDidStart() {
        return async (error) => {
          if (error instanceof GraphQLError) explainParseError(error);
        };
      },
    };
  },
};

export function graphqlOptions(config: AppConfig, auth: AuthService, loaders: LoadersFactory): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    // The schema is public (it is published as apps/api/schema.gql), so tools may read it.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // Abuse limits (limits.ts): a document over them is refused before anything runs.
    parseOptions,
    validationRules: [...limitRules],
    allowBatchedHttpRequests: false,
    // In production no "Did you mean …?": clients are built against the published schema; hints only help someone guessing names.
    hideSchemaDetailsFromClientErrors: config.production,
    plugins: [explainedParseErrors, actorOnceChecked(auth, loaders)],
    formatError: createFormatError({
      exposeDetails: config.exposeErrorDetails,
      onInternalError: (error) => logger.error(errorDetail(error)),
    }),
    context: ({ req, res }: { req: Request; res: Response }): UncheckedContext => ({ req, res, token: tokenFromRequest(req.headers) }),
  };
}
