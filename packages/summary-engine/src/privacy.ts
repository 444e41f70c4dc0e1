import { PERSONAL_DATA_KINDS, maskPersonalData } from '@rembug/personal-data';

// A lone surrogate has no UTF-8 form and the canonical serialiser refuses it; U+FFFD is what a UTF-8 decoder shows.
const LONE_SURROGATE = /\p{Surrogate}/gu;

/** `text` with personal data replaced by `[NIK]`, `[PHONE]`, … and lone surrogates by U+FFFD. */
export function maskText(text: string): string {
  return maskPersonalData(text.replace(LONE_SURROGATE, '\uFFFD'));
}

/**
 * Masks each distinct text once: area names, agency names and titles repeat across a summary, and every text the
 * engine writes out goes through here, so there is one place to check that nothing leaves unmasked.
 */
export class Masker {
  private readonly seen = new Map<string, string>();

  mask(text: string): string {
    let masked = this.seen.get(text);
    if (masked === undefined) {
      masked = maskText(text);
      this.seen.set(text, masked);
    }
    return masked;
  }

  maskOrNull(text: string | null): string | null {
    return text === null ? null : this.mask(text);
  }
}

/** The markers masking leaves in a text ([NIK], [PHONE], …), as a pattern: no phrase or quote may take one apart. */
export const MASK_MARKER_PATTERN = `\\[(?:${PERSONAL_DATA_KINDS.join('|')})\\]`;

const MASK_MARKER = new RegExp(MASK_MARKER_PATTERN, 'u');

export function containsMaskMarker(text: string): boolean {
  return MASK_MARKER.test(text);
}
