import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// DejaVu Sans covers Indonesian, the accents of regional names and typographic quotes; pdfkit embeds only the
// glyphs used, so the file stays small and prints the same everywhere.
export const FONT_REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
export const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
