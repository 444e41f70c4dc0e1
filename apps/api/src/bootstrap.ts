import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/config.js';
import { limitRequestBodies } from './graphql/http-limits.js';
import { createRootLogger, NestPinoLogger, requestLogger } from './logging/logger.js';

/** Builds the HTTP application (not yet listening). Shared by `main` and the tests. */
export async function createApp(config: AppConfig, logger: Logger = createRootLogger(config.logLevel)): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { logger: new NestPinoLogger(logger) });
  app.use(requestLogger(logger));
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', config.trustProxy);
  const trusted = new Set(config.corsOrigins);
  // Any site may call the API with a token; only our own web origin may send cookies.
  app.enableCors((req: { header(name: string): string | undefined }, callback: (e: Error | null, o: object) => void) => {
    const origin = req.header('origin');
    callback(null, { origin: true, credentials: origin !== undefined && trusted.has(origin), maxAge: 600 });
  });
  // After CORS, so a browser can read the refusal.
  limitRequestBodies(app);
  return app;
}
