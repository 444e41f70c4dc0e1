/**
 * What server code deep inside a request may need without every caller passing it on: the visitor's address,
 * which the API is told (X-Forwarded-For) so its limits and records apply to the visitor, not to this server.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContext {
  clientAddress?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function withRequestContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

export function requestContext(): RequestContext {
  return storage.getStore() ?? {};
}
