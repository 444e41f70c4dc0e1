import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jest } from '@jest/globals';
import { isHttpError } from '@sveltejs/kit';
import { ApiError, graphql, rethrowAsHttpError } from '../src/lib/server/api';
import { withRequestContext } from '../src/lib/server/request-context';

type Reply = (request: IncomingMessage & { body: string }, response: ServerResponse) => void;

let server: Server;
let reply: Reply;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => reply(Object.assign(request, { body }), response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function json(status: number, body: unknown): Reply {
  return (_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('expected the call to fail');
}

describe('graphql', () => {
  it("tells the API the visitor's address, and only inside a request", async () => {
    const seen: (string | undefined)[] = [];
    reply = (request, response) => {
      seen.push(request.headers['x-forwarded-for'] as string | undefined);
      json(200, { data: { ok: true } })(request, response);
    };
    await withRequestContext({ clientAddress: '36.85.1.7' }, () => graphql('{ ok }'));
    await graphql('{ ok }');
    expect(seen).toEqual(['36.85.1.7', undefined]);
  });

  it('posts the query to /graphql and returns data', async () => {
    let seen: { url?: string; body?: string; authorization?: string } = {};
    reply = (request, response) => {
      seen = { url: request.url, body: request.body, authorization: request.headers.authorization };
      json(200, { data: { areas: [] } })(request, response);
    };

    await expect(graphql('query { areas { id } }', { first: 1 })).resolves.toEqual({ areas: [] });
    expect(seen.url).toBe('/graphql');
    expect(JSON.parse(seen.body!)).toEqual({ query: 'query { areas { id } }', variables: { first: 1 } });
    expect(seen.authorization).toBeUndefined();
  });

  it('forwards the session token as a bearer token', async () => {
    let authorization: string | undefined;
    reply = (request, response) => {
      authorization = request.headers.authorization;
      json(200, { data: { me: null } })(request, response);
    };

    await graphql('query { me { id } }', {}, { token: 'abc.def' });
    expect(authorization).toBe('Bearer abc.def');
  });

  it('carries the GraphQL error code, message and extensions', async () => {
    reply = json(200, {
      data: null,
      errors: [{ message: 'Slow down', extensions: { code: 'RATE_LIMITED', retryAfter: 30 } }],
    });

    const err = await failure(graphql('query { areas { id } }'));
    expect(err).toMatchObject({ code: 'RATE_LIMITED', message: 'Slow down', retryAfter: 30 });
  });

  it('reads errors from non-200 GraphQL answers too', async () => {
    reply = json(400, { errors: [{ message: 'Cannot query field', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
    await expect(failure(graphql('query { nope }'))).resolves.toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('treats an unknown code as an internal error', async () => {
    reply = json(200, { errors: [{ message: 'odd', extensions: { code: 'SOMETHING_NEW' } }] });
    await expect(failure(graphql('query { areas { id } }'))).resolves.toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('reports a non-GraphQL answer as unavailable', async () => {
    reply = (_request, response) => {
      response.writeHead(502, { 'content-type': 'text/html' });
      response.end('<h1>Bad Gateway</h1>');
    };
    await expect(failure(graphql('query { areas { id } }'))).resolves.toMatchObject({ code: 'UNAVAILABLE' });
  });

  it('gives up after the timeout', async () => {
    reply = () => {}; // never answers
    const err = await failure(graphql('query { areas { id } }', {}, { timeoutMs: 100 }));
    expect(err.code).toBe('UNAVAILABLE');
    expect(err.message).toContain('timed out');
  });

  it('reports a refused connection as unavailable', async () => {
    const original = process.env.API_URL;
    process.env.API_URL = 'http://127.0.0.1:1';
    try {
      await expect(failure(graphql('query { areas { id } }'))).resolves.toMatchObject({ code: 'UNAVAILABLE' });
    } finally {
      process.env.API_URL = original;
    }
  });
});

describe('rethrowAsHttpError', () => {
  function thrownBy(err: unknown): unknown {
    try {
      rethrowAsHttpError(err);
    } catch (thrown) {
      return thrown;
    }
  }

  it('shows an unreachable API as 503 without revealing where it lives', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    const thrown = thrownBy(new ApiError('UNAVAILABLE', 'connect ECONNREFUSED 10.0.0.5:4000'));
    expect(isHttpError(thrown, 503)).toBe(true);
    expect(JSON.stringify(thrown)).not.toContain('10.0.0.5');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('10.0.0.5'));
    warn.mockRestore();
  });

  it('maps API codes to HTTP statuses', () => {
    expect(isHttpError(thrownBy(new ApiError('NOT_FOUND', 'No such thread')), 404)).toBe(true);
    expect(isHttpError(thrownBy(new ApiError('RATE_LIMITED', 'Slow down')), 429)).toBe(true);
  });

  it('lets anything else through as the bug it is', () => {
    const bug = new TypeError('oops');
    expect(thrownBy(bug)).toBe(bug);
    const internal = new ApiError('INTERNAL_SERVER_ERROR', 'boom');
    expect(thrownBy(internal)).toBe(internal);
  });
});
