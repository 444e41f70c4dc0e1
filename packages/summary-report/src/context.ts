import type { Summary } from '@rembug/summary-engine';

export type ReportLanguage = 'id' | 'en';

export interface ReportContext {
  lang: ReportLanguage;
  /** Public address of the site, e.g. `https://rembug.example`, without a trailing slash. */
  siteUrl: string;
}

// Ids come from the database, but a link is built from them in every export: encoding keeps a strange id from
// turning into another path or breaking the Markdown and CSV that carry the link.
const segment = (id: string): string => encodeURIComponent(id);

function base(ctx: ReportContext): string {
  return ctx.siteUrl.replace(/\/+$/, '');
}

export function threadUrl(ctx: ReportContext, threadId: string): string {
  return `${base(ctx)}/threads/${segment(threadId)}`;
}

/** The discussion on the page of comments that holds the comment (`?comment=`), scrolled to it. */
export function commentUrl(ctx: ReportContext, threadId: string, commentId: string): string {
  return `${threadUrl(ctx, threadId)}?comment=${segment(commentId)}#comment-${segment(commentId)}`;
}

export function proposalUrl(ctx: ReportContext, proposalId: string): string {
  return `${base(ctx)}/proposals/${segment(proposalId)}`;
}

/** The page the summary itself lives on; null for a scope the site has no page for (no discussion and no area). */
export function summaryPageUrl(ctx: ReportContext, summary: Summary): string | null {
  const { threadId, areaId } = summary.scope;
  if (threadId !== null) return `${threadUrl(ctx, threadId)}/summary`;
  if (areaId !== null) return `${base(ctx)}/areas/${segment(areaId)}/summary`;
  return null;
}
