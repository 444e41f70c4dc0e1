/** Strings by UTF-16 code unit, the order canonical JSON sorts keys in: the same on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
