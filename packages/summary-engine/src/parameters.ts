import type { SummaryParameters } from './types.js';

export const DEFAULT_PARAMETERS: Readonly<SummaryParameters> = Object.freeze({
  minVotesPerParticipant: 7,
  minParticipantsForGroups: 15,
  minCommentsForGroups: 5,
  kMin: 2,
  kMax: 5,
  minSilhouette: 0.45,
  minVotesPerStatement: 5,
  maxRepresentativePerGroup: 5,
  maxConsensus: 5,
  maxDivisive: 5,
  maxThemes: 10,
  maxQuotes: 5,
  utcOffsetMinutes: 420,
});

const COUNTS: ReadonlyArray<keyof SummaryParameters> = [
  'minVotesPerParticipant',
  'minParticipantsForGroups',
  'minCommentsForGroups',
  'minVotesPerStatement',
  'maxRepresentativePerGroup',
  'maxConsensus',
  'maxDivisive',
  'maxThemes',
  'maxQuotes',
];

/**
 * The defaults with `overrides` applied, checked. A bad knob is refused rather than clamped: the parameters are
 * printed in the summary's provenance, and a summary must not claim settings it did not use.
 */
export function resolveParameters(overrides: Partial<SummaryParameters> = {}): SummaryParameters {
  const parameters: SummaryParameters = { ...DEFAULT_PARAMETERS };
  for (const key of Object.keys(DEFAULT_PARAMETERS) as Array<keyof SummaryParameters>) {
    const value = overrides[key];
    if (value !== undefined) parameters[key] = value;
  }
  for (const key of COUNTS) requireInteger(key, parameters[key], 0);
  requireInteger('kMin', parameters.kMin, 2);
  requireInteger('kMax', parameters.kMax, parameters.kMin);
  requireInteger('utcOffsetMinutes', parameters.utcOffsetMinutes, -14 * 60, 14 * 60);
  if (!(Number.isFinite(parameters.minSilhouette) && parameters.minSilhouette >= -1 && parameters.minSilhouette <= 1)) {
    throw new RangeError(`summary parameter minSilhouette must be a number from -1 to 1, got ${parameters.minSilhouette}`);
  }
  return parameters;
}

function requireInteger(name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new RangeError(`summary parameter ${name} must be a whole number from ${min} to ${max}, got ${value}`);
  }
}
