import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Disposable } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Server } from 'node:http';
import { WebSocketServer } from 'ws';
import { AuthService } from '../auth/auth.service.js';
import { DomainError, ErrorCode } from '../common/domain-error.js';
import { tokenFromRequest } from '../auth/token.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { GqlContext } from '../graphql/context.js';
import { createFormatError } from '../graphql/format-error.js';
import { checkDocument, GRAPHQL_LIMITS } from '../graphql/limits.js';
import { LoadersFactory } from '../graphql/loaders.js';
import { errorDetail } from '../common/error-detail.js';

/** Limits that keep one client from tying up the server. */
export const LIVE_LIMITS = {
  /** a client has this long after connecting to say who it is */
  connectionInitWaitMs: 10_000,
  /** largest message a client may send: the same as an HTTP request body, so any operation may use either */
  maxPayloadBytes: GRAPHQL_LIMITS.maxBodyBytes,
  /** live operations one connection may hold at once */
  maxSubscriptionsPerConnection: 25,
  /** ping interval; a client that misses a pong is dropped */
  keepAliveMs: 12_000,
};

type ConnectionExtra = {
  token?: string | null;
};

function tokenFromParams(params: Readonly<Record<string, unknown>> | undefined): string | null | undefined {
  const value = params?.authorization ?? params?.Authorization;
  if (typeof value !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(value);
  return match ? match[1] : null;
}

/**
 * GraphQL over WebSocket (`graphql-ws` protocol) on the same path as HTTP. The
 * token comes in `connectionParams.authorization` (or the web app's cookie on the
 * upgrade request); a token that is given but not valid is refused at connect.
 */
@Injectable()
export class LiveServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Live');
  private wss?: WebSocketServer;
  private server?: Disposable;

  constructor(
    private readonly http: HttpAdapterHost,
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly auth: AuthService,
    private readonly loaders: LoadersFactory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const httpServer = this.http.httpAdapter.getHttpServer() as Server;
    this.wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: LIVE_LIMITS.maxPayloadBytes });
    const format = createFormatError({
      exposeDetails: this.config.exposeErrorDetails,
      onInternalError: (error) => this.logger.error(errorDetail(error)),
    });
    // Errors without a cause are graphql-js's own or checkDocument's (a document that does not parse or validate); their messages are safe.
    const formatAll = (errors: readonly GraphQLError[]): GraphQLFormattedError[] =>
      errors.map((e) =>
        e.originalError
          ? format(e.toJSON(), e.originalError)
          : { message: e.message, locations: e.locations, extensions: { code: e.extensions.code === 'GRAPHQL_PARSE_FAILED' ? 'GRAPHQL_PARSE_FAILED' : 'GRAPHQL_VALIDATION_FAILED' } },
      );
    this.server = useServer<Record<string, unknown>, ConnectionExtra>(
      {
        schema: this.schemaHost.schema,
        connectionInitWaitTimeout: LIVE_LIMITS.connectionInitWaitMs,
        onConnect: async (ctx) => {
          const fromParams = tokenFromParams(ctx.connectionParams);
          const token = fromParams === undefined ? tokenFromRequest(ctx.extra.request.headers) : fromParams;
          if (fromParams === null) return false;
          const actor = await this.auth.resolveActor(token);
          // Presenting a token that is not (or no longer) valid is refused: the client must sign in again.
          if (token && !actor) return false;
          ctx.extra.token = token;
          return true;
        },
        onSubscribe: (ctx, _id, payload) => {
          // The operation being started is already listed among the connection's subscriptions.
          if (Object.keys(ctx.subscriptions).length > LIVE_LIMITS.maxSubscriptionsPerConnection) {
            const message = `At most ${LIVE_LIMITS.maxSubscriptionsPerConnection} live updates per connection. Close some first.`;
            return [new GraphQLError(message, { originalError: new DomainError(ErrorCode.RATE_LIMITED, message, { retryAfter: 1 }) })];
          }
          // The same token limit, rules and limits as over HTTP, checked before who is asking is looked up.
          const checked = checkDocument(this.schemaHost.schema, payload.query, { hideSuggestions: this.config.production });
          if (checked.errors) return checked.errors;
          return { schema: this.schemaHost.schema, document: checked.document, operationName: payload.operationName, variableValues: payload.variables };
        },
        // Who is asking is looked up again for each operation, so a role change or a sign-out applies to new ones.
        context: async (ctx): Promise<GqlContext> => {
          const token = ctx.extra.token ?? null;
          const actor = await this.auth.resolveActor(token);
          return { req: ctx.extra.request as unknown as GqlContext['req'], actor, token, loaders: this.loaders.create(actor) };
        },
        onError: (_ctx, _id, _payload, errors) => formatAll(errors),
        onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: formatAll(result.errors) } : undefined),
      },
      this.wss,
      LIVE_LIMITS.keepAliveMs,
    );
  }

  /** Closes every socket with "going away" so clients reconnect to another instance. */
  async onApplicationShutdown(): Promise<void> {
    await this.server?.dispose();
    await new Promise<void>((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
  }
}
