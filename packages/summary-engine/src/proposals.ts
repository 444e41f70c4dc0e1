import type { Masker } from './privacy.js';
import { instantMs } from './time.js';
import type { ProposalInput, ProposalSummary, ResponseClock } from './types.js';
import { compareStrings } from './compare.js';

/**
 * Visible proposals ranked by support: most supports first, then fewest opposes, then oldest, then id. Titles,
 * agency names and response bodies are masked.
 */
export function proposalSummaries(proposals: readonly ProposalInput[], asOf: string, masker: Masker): ProposalSummary[] {
  const asOfMs = instantMs(asOf, 'asOf');
  return proposals
    .filter((proposal) => !proposal.hidden)
    .map((proposal) => ({ proposal, createdMs: instantMs(proposal.createdAt, `proposal ${proposal.id} createdAt`) }))
    .sort(
      (a, b) =>
        b.proposal.supportCount - a.proposal.supportCount ||
        a.proposal.opposeCount - b.proposal.opposeCount ||
        a.createdMs - b.createdMs ||
        compareStrings(a.proposal.id, b.proposal.id),
    )
    .map(({ proposal }, i) => ({
      rank: i + 1,
      id: proposal.id,
      title: masker.mask(proposal.title),
      threadId: proposal.threadId,
      areaId: proposal.areaId,
      status: proposal.status,
      supportCount: proposal.supportCount,
      opposeCount: proposal.opposeCount,
      supportThreshold: proposal.supportThreshold,
      // Once reached, a threshold stays reached (the deadline was set) even if supports were later withdrawn.
      thresholdReached: proposal.supportCount >= proposal.supportThreshold || proposal.responseDueAt !== null,
      createdAt: proposal.createdAt,
      responseDueAt: proposal.responseDueAt,
      respondedAt: proposal.respondedAt,
      clock: responseClock(proposal, asOfMs),
      agencyName: masker.maskOrNull(proposal.agencyName),
      responses: proposal.responses
        .map((response) => ({ response, createdMs: instantMs(response.createdAt, `response ${response.id} createdAt`) }))
        .sort((a, b) => a.createdMs - b.createdMs || compareStrings(a.response.id, b.response.id))
        .map(({ response }) => ({
          id: response.id,
          agencyName: masker.mask(response.agencyName),
          status: response.status,
          body: masker.mask(response.body),
          createdAt: response.createdAt,
        })),
    }));
}

/** Where the official answer stands at `asOf`: an answer given before any deadline was set is on time. */
export function responseClock(proposal: Pick<ProposalInput, 'id' | 'responseDueAt' | 'respondedAt'>, asOfMs: number): ResponseClock {
  const due = proposal.responseDueAt === null ? null : instantMs(proposal.responseDueAt, `proposal ${proposal.id} responseDueAt`);
  if (proposal.respondedAt !== null) {
    const answered = instantMs(proposal.respondedAt, `proposal ${proposal.id} respondedAt`);
    return due === null || answered <= due ? 'ANSWERED_ON_TIME' : 'ANSWERED_LATE';
  }
  if (due === null) return 'NOT_DUE';
  return asOfMs > due ? 'OVERDUE' : 'AWAITING';
}
