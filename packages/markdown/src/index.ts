export { extractLinks, markdownToPlainText, processMarkdown, renderMarkdown } from './markdown.js';
export type { ProcessedMarkdown } from './markdown.js';
export { LINK_REL } from './sanitize.js';
export { MAX_NESTING } from './parser.js';
