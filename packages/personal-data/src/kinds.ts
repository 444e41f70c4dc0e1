/**
 * The kinds of personal data this package recognises, in the order `personalDataKinds` reports them.
 * The order is fixed (not the order of appearance) so that the same text always yields the same list,
 * and a stored list can be compared with a fresh one.
 */
export const PERSONAL_DATA_KINDS = ['NIK', 'PHONE', 'EMAIL', 'PAYMENT_CARD', 'NPWP', 'BANK_ACCOUNT'] as const;

export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/** One piece of personal data: `text.slice(start, end)`, offsets in UTF-16 code units like every JavaScript string index. */
export interface PersonalDataMatch {
  kind: PersonalDataKind;
  start: number;
  end: number;
}
