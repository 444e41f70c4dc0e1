export { extractLinks, markdownToPlainText, processMarkdown, renderMarkdown } from './markdown.js';
export type { ProcessedMarkdown } from './markdown.js';
