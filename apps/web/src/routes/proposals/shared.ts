/** Small helpers the proposal pages and the official's desk share: statuses, names, limits. */
import type { ProposalStatus } from '$lib/graphql/generated';

// Ids from links and forms, category names and the choices of drop-downs: the same as for discussions.
export { areaChoices, categoryChoices, categoryName, idOrNull } from '$lib/reference';

export const proposalStatuses = [
  'OPEN',
  'AWAITING_RESPONSE',
  'UNDER_REVIEW',
  'ACCEPTED',
  'REJECTED',
  'IMPLEMENTED',
  'WITHDRAWN',
  'MERGED',
] as const satisfies readonly ProposalStatus[];

export function isProposalStatus(value: unknown): value is ProposalStatus {
  return (proposalStatuses as readonly unknown[]).includes(value);
}

/** The short name people use ("Dinas PUPR") when there is one. */
export function agencyName(agency: { name: string; shortName: string | null }): string {
  return agency.shortName || agency.name;
}

/** Plain text for link previews: the first words of a Markdown body, without its marks. */
export function excerpt(markdown: string, max = 200): string {
  const plain = markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~|]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...plain];
  return chars.length <= max ? plain : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** The API's limit for an official answer (RespondToProposalInput.body). */
export const MAX_RESPONSE_BODY = 10_000;

/** Which form on a page failed: the desk shows one answer form per proposal. */
export const respondFormId = (proposalId: string) => `respond-${proposalId}`;
