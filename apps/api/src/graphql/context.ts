import type { Request, Response } from 'express';
import type { Actor } from '../access/policy.js';
import type { Loaders } from './loaders.js';

/** What every resolver receives: who is asking and the per-request batch loaders. */
export interface GqlContext {
  req: Request;
  res?: Response;
  actor: Actor | null;
  token: string | null;
  loaders: Loaders;
}
