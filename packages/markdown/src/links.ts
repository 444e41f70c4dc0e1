/** The web addresses a parsed post links to. */
import type { Token } from 'markdown-it';
import { isWebHref } from './link-policy.js';

/** Distinct http(s) hrefs in order of first appearance, exactly as they appear in the rendered HTML. */
export function linksOf(tokens: Token[]): string[] {
  const links = new Set<string>();
  for (const token of tokens) {
    for (const child of token.children ?? []) {
      if (child.type !== 'link_open') continue;
      const href = String(child.attrGet('href') ?? '');
      if (isWebHref(href)) links.add(href);
    }
  }
  return [...links];
}
