/**
 * How many people and comments a summary needs before it shows opinion groups, read from the parameters the
 * summary itself reports it used, so the page never states a rule the computation did not follow.
 */
export interface GroupLimits {
  /** People with enough votes to be placed on the map. */
  people?: number;
  /** Comments with votes. */
  comments?: number;
}

export function groupLimits(parameters: string): GroupLimits {
  let parsed: unknown;
  try {
    parsed = JSON.parse(parameters);
  } catch {
    return {};
  }
  const read = (name: string) => {
    const value = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>)[name] : undefined;
    return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
  };
  return { people: read('minParticipantsForGroups'), comments: read('minCommentsForGroups') };
}

