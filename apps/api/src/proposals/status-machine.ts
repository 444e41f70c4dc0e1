import { ProposalStatus as S } from './proposal.record.js';

/**
 * The proposal lifecycle (docs/proposal-lifecycle.md has the diagram).
 *
 * OPEN ─(support threshold)→ AWAITING_RESPONSE ─→ UNDER_REVIEW ─→ ACCEPTED ─→ IMPLEMENTED
 *                                        └────────────────────────→ REJECTED
 * OPEN / AWAITING_RESPONSE ─(author, before any official response)→ WITHDRAWN
 * OPEN / AWAITING_RESPONSE ─(moderator, before any official response, into a duplicate)→ MERGED
 *
 * Officials may answer before the threshold is reached, and may decide without a
 * review step; a response may also keep the status as it is (a progress update),
 * except that nobody answers into OPEN, AWAITING_RESPONSE or WITHDRAWN.
 */
const BY_RESPONSE: Record<S, readonly S[]> = {
  [S.OPEN]: [S.UNDER_REVIEW, S.ACCEPTED, S.REJECTED],
  [S.AWAITING_RESPONSE]: [S.UNDER_REVIEW, S.ACCEPTED, S.REJECTED],
  [S.UNDER_REVIEW]: [S.UNDER_REVIEW, S.ACCEPTED, S.REJECTED],
  [S.ACCEPTED]: [S.ACCEPTED, S.IMPLEMENTED],
  [S.REJECTED]: [S.REJECTED],
  [S.IMPLEMENTED]: [S.IMPLEMENTED],
  [S.WITHDRAWN]: [],
  [S.MERGED]: [],
};

/** Statuses an official response may set, from the given one. */
export function responseTargets(from: S): readonly S[] {
  return BY_RESPONSE[from];
}

export function canRespondWith(from: S, to: S): boolean {
  return BY_RESPONSE[from].includes(to);
}

/** The author may withdraw only while no official has answered. */
export function canWithdraw(from: S): boolean {
  return from === S.OPEN || from === S.AWAITING_RESPONSE;
}

/** Supporting or opposing stays open until a decision is made or the proposal is withdrawn. */
export function acceptsVotes(status: S): boolean {
  return status === S.OPEN || status === S.AWAITING_RESPONSE || status === S.UNDER_REVIEW;
}

export function isDecided(status: S): boolean {
  return status === S.ACCEPTED || status === S.REJECTED || status === S.IMPLEMENTED || status === S.WITHDRAWN || status === S.MERGED;
}
