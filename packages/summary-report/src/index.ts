export type { ReportContext, ReportLanguage } from './context.js';
export { commentUrl, proposalUrl, summaryPageUrl, threadUrl } from './context.js';
export { renderMarkdown } from './markdown.js';
export { renderJson, summarySchemaId } from './json.js';
export { BYTE_ORDER_MARK, COMMENT_COLUMNS, PROPOSAL_COLUMNS, commentsCsv, proposalsCsv } from './csv.js';
export { pdfStream, renderPdf } from './pdf/render.js';
