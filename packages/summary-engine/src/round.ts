/**
 * Every float in a summary passes through here: six decimals are far finer than any share or coordinate a reader
 * can use, and they keep the last bits of floating-point arithmetic (which may differ between machines) out of the
 * serialised bytes. Ranks are taken on the rounded values, with ids breaking ties.
 */
export function round6(value: number): number {
  const rounded = Math.round(value * 1e6) / 1e6;
  // -0 and 0 serialise alike, but equality checks in callers should not have to know that.
  return rounded === 0 ? 0 : rounded;
}

/** part / whole, 0 when there is nothing to share. */
export function share(part: number, whole: number): number {
  return whole > 0 ? round6(part / whole) : 0;
}
