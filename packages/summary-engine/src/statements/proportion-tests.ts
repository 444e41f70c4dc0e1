// The tests behind "representative", "consensus" and "divisive", in Pol.is's spirit: every proportion gets one
// pseudo-vote each way (Laplace smoothing) so that 2 agrees out of 2 is not read as certainty.

/** One-sided z at 95 %: the threshold printed beside representative statements. */
export const Z_95 = 1.6449;
/** One-sided z at 90 %, Pol.is's threshold; used where several groups must each pass (a conjunction is stricter). */
export const Z_90 = 1.2816;

/** (successes + 1) / (trials + 2). */
export function smoothed(successes: number, trials: number): number {
  return (successes + 1) / (trials + 2);
}

/** z of the smoothed proportion against one half: is this a majority beyond chance? */
export function majorityZ(successes: number, trials: number): number {
  return 2 * Math.sqrt(trials + 2) * (smoothed(successes, trials) - 0.5);
}

/** Two-proportion z of inside against outside, both smoothed, with the pooled smoothed proportion's error. */
export function differenceZ(successesIn: number, trialsIn: number, successesOut: number, trialsOut: number): number {
  const pIn = smoothed(successesIn, trialsIn);
  const pOut = smoothed(successesOut, trialsOut);
  const pooled = (successesIn + successesOut + 2) / (trialsIn + trialsOut + 4);
  const error = Math.sqrt(pooled * (1 - pooled) * (1 / (trialsIn + 2) + 1 / (trialsOut + 2)));
  return error > 0 ? (pIn - pOut) / error : 0;
}
