import { markdownToPlainText, renderMarkdown } from '@rembug/markdown';
import { z } from 'zod';

/** A Markdown body: trimmed, length-checked, then rendered once at write time. */
export const markdownBody = (max: number) =>
  z
    .string()
    .transform((s) => s.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().min(1, 'must not be empty.').max(max, `must be at most ${max} characters.`));

export function renderBody(body: string): { body: string; bodyHtml: string; bodyText: string } {
  return { body, bodyHtml: renderMarkdown(body), bodyText: markdownToPlainText(body) };
}
