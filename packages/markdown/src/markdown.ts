/** What the rest of Rembug calls: a post's Markdown in, its safe HTML, plain text and links out. */
import type { Token } from 'markdown-it';
import { linksOf } from './links.js';
import { parser } from './parser.js';
import { plainTextOf } from './plain-text.js';
import { sanitize } from './sanitize.js';

export interface ProcessedMarkdown {
  /** Safe to insert into any page as HTML. */
  html: string;
  /** Not HTML: escape it like any other text wherever it is shown. */
  text: string;
  /** Distinct http(s) URLs linked from the post, in order of first appearance. */
  links: string[];
}

function parse(markdown: string): Token[] {
  return parser.parse(markdown, {});
}

function htmlOf(tokens: Token[]): string {
  return sanitize(parser.renderer.render(tokens, parser.options, {}));
}

/** HTML for a thread or comment body that is safe to show to everyone; same input, same bytes. */
export function renderMarkdown(markdown: string): string {
  return htmlOf(parse(markdown));
}

/** The words of a post without markup, one block per line, for search and previews. Not HTML. */
export function markdownToPlainText(markdown: string): string {
  return plainTextOf(parse(markdown));
}

/** The distinct http(s) URLs a post links to, as they appear in its rendered HTML. */
export function extractLinks(markdown: string): string[] {
  return linksOf(parse(markdown));
}

/** All three views of a post from a single parse, for the write path that stores them together. */
export function processMarkdown(markdown: string): ProcessedMarkdown {
  const tokens = parse(markdown);
  return { html: htmlOf(tokens), text: plainTextOf(tokens), links: linksOf(tokens) };
}
