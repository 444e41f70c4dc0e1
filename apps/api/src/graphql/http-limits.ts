import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { GRAPHQL_LIMITS } from './limits.js';

/** A refusal in the shape GraphQL clients already read, so they show its message instead of failing to parse HTML. */
function refuse(res: Response, status: number, message: string): void {
  res.status(status).type('application/json').send(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] }));
}

const kilobytes = Math.round(GRAPHQL_LIMITS.maxBodyBytes / 1024);

/** body-parser's errors carry `type`; ours say what to change. */
function bodyErrorMessage(type: string | undefined): string {
  switch (type) {
    case 'entity.too.large':
      return `The request is too large: at most ${kilobytes} KB are accepted. Send a shorter text or query.`;
    case 'entity.parse.failed':
      return 'The request body is not valid JSON. Send {"query": "…", "variables": {…}} as JSON.';
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return 'The request body must be JSON in UTF-8.';
    default:
      return 'The request body could not be read. Send it again as JSON.';
  }
}

/**
 * Reads JSON and form bodies with a size cap, and answers bodies that are too large, malformed or batched with a
 * JSON error (413 or 400) before GraphQL sees them. A body announced as too large is refused from its Content-Length
 * alone, before it arrives; one sent in chunks is read up to the limit. Call before `init()`, so that Nest does not
 * add its own parsers.
 */
export function limitRequestBodies(app: NestExpressApplication): void {
  // body-parser would wait for the whole body to arrive before refusing it: answer at once instead. Node then throws
  // the rest away as it comes (never holding it); hanging up instead would make many clients lose the answer.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (Number(req.headers['content-length']) > GRAPHQL_LIMITS.maxBodyBytes) return refuse(res, 413, bodyErrorMessage('entity.too.large'));
    next();
  });
  app.useBodyParser('json', { limit: GRAPHQL_LIMITS.maxBodyBytes });
  app.useBodyParser('urlencoded', { limit: GRAPHQL_LIMITS.maxBodyBytes, extended: true });

  // Express would otherwise answer these with an HTML page, with a stack trace outside production.
  app.use((error: { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    const status = error?.status;
    if (typeof status !== 'number' || status < 400 || status >= 500 || res.headersSent) return next(error);
    refuse(res, status, bodyErrorMessage(error.type));
  });

  // Apollo refuses batches too, but with a code outside our contract and a terser message.
  app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'POST' && Array.isArray(req.body)) {
      return refuse(res, 400, 'Send one GraphQL operation per request: batches (a JSON array) are not accepted.');
    }
    next();
  });
}
