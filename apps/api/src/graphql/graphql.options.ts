import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { AuthService } from '../auth/auth.service.js';
import { tokenFromRequest } from '../auth/token.js';
import type { AppConfig } from '../config/config.js';
import type { GqlContext } from './context.js';
import { createFormatError } from './format-error.js';
import type { LoadersFactory } from './loaders.js';

const logger = new Logger('GraphQL');

export function graphqlOptions(config: AppConfig, auth: AuthService, loaders: LoadersFactory): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError({
      exposeDetails: config.exposeErrorDetails,
      onInternalError: (error) => logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error)),
    }),
    context: async ({ req, res }: { req: Request; res: Response }): Promise<GqlContext> => {
      const token = tokenFromRequest(req.headers);
      const actor = await auth.resolveActor(token);
      return { req, res, actor, token, loaders: loaders.create(actor) };
    },
  };
}
