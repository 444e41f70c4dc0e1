/**
 * The message catalogs, one file per part of the site and language, merged into one catalog per language.
 * Keys are namespaced by their file (`thread.…` lives in threads.json) so parts never collide.
 */
import enAccountability from './messages/en/accountability.json';
import enAreas from './messages/en/areas.json';
import enAuth from './messages/en/auth.json';
import enCommon from './messages/en/common.json';
import enDesk from './messages/en/desk.json';
import enHome from './messages/en/home.json';
import enModeration from './messages/en/moderation.json';
import enNotifications from './messages/en/notifications.json';
import enProfile from './messages/en/profile.json';
import enProposals from './messages/en/proposals.json';
import enSafety from './messages/en/safety.json';
import enSummary from './messages/en/summary.json';
import enThreads from './messages/en/threads.json';
import idAccountability from './messages/id/accountability.json';
import idAreas from './messages/id/areas.json';
import idAuth from './messages/id/auth.json';
import idCommon from './messages/id/common.json';
import idDesk from './messages/id/desk.json';
import idHome from './messages/id/home.json';
import idModeration from './messages/id/moderation.json';
import idNotifications from './messages/id/notifications.json';
import idProfile from './messages/id/profile.json';
import idProposals from './messages/id/proposals.json';
import idSafety from './messages/id/safety.json';
import idSummary from './messages/id/summary.json';
import idThreads from './messages/id/threads.json';
import type { Locale } from './locales';

/**
 * Marked pure so that a bundle which never reads the catalogs (the browser's: see index.ts) drops them,
 * JSON and all; object spreads alone would be kept.
 */
function merge<T extends object[]>(...parts: T): UnionToIntersection<T[number]> {
  return Object.assign({}, ...parts) as UnionToIntersection<T[number]>;
}
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

const id = /* @__PURE__ */ merge(
  idCommon,
  idAuth,
  idHome,
  idAreas,
  idThreads,
  idProposals,
  idDesk,
  idAccountability,
  idNotifications,
  idProfile,
  idModeration,
  idSafety,
  idSummary,
);

/** Indonesian is the reference: every key exists there first. */
export type MessageKey = keyof typeof id;

// Typing English against the Indonesian keys makes a key missing in English a type error too.
const en: Record<MessageKey, string> = /* @__PURE__ */ merge(
  enCommon,
  enAuth,
  enHome,
  enAreas,
  enThreads,
  enProposals,
  enDesk,
  enAccountability,
  enNotifications,
  enProfile,
  enModeration,
  enSafety,
  enSummary,
);

export const catalogs: Record<Locale, Record<MessageKey, string>> = { id, en };
