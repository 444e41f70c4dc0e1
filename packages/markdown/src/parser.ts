/** The one configured Markdown parser, plus the token rules that hold a post to the forum's policy. */
import markdownIt from 'markdown-it';
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { safeHref } from './link-policy.js';

/**
 * No honest post nests quotes, lists or emphasis this deep; a lower cap keeps pathological input
 * far from the call-stack limit and keeps the page's DOM shallow. markdown-it stops descending
 * there, so what lies deeper is dropped rather than rendered.
 */
export const MAX_NESTING = 20;

/** A comment's `#` must not outrank the page's own title and section headings. */
const HEADING_DEMOTION = 2;

export const parser: MarkdownIt = createParser();

function createParser(): MarkdownIt {
  const md = new markdownIt('default', {
    // Raw HTML is never accepted from citizens; it is shown as the text they typed.
    html: false,
    linkify: true,
    // Smart quotes and dashes would change what people quote back at each other.
    typographer: false,
    // People writing on phones expect a line break to stay a line break.
    breaks: true,
    maxNesting: MAX_NESTING,
  });
  // Fuzzy matching is what finds `www.…`; bare domains are dropped again in `inlinePolicy`.
  md.linkify.set({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: false });
  // Refused destinations never become links at all, so `[x](javascript:…)` stays literal text.
  md.validateLink = (url: string) => safeHref(url) !== null;
  md.core.ruler.push('rembug_policy', applyPolicy);
  return md;
}

function applyPolicy(state: StateCore): void {
  state.tokens.forEach((token, i) => {
    switch (token.type) {
      case 'heading_open':
      case 'heading_close':
        token.tag = demoteHeading(token.tag);
        break;
      case 'th_open':
      case 'td_open':
        token.attrs = alignmentOnly(token, state.tokens[i + 1]);
        break;
      case 'fence':
        // The info string would become a class attribute; nothing on the page uses it.
        token.info = '';
        break;
      case 'inline':
        if (token.children) token.children = inlinePolicy(token.children, state);
        break;
    }
  });
}

function demoteHeading(tag: string): string {
  return `h${Math.min(Number(tag.slice(1)) + HEADING_DEMOTION, 6)}`;
}

/**
 * markdown-it writes alignment as inline style, which the sanitiser refuses; `align` has a closed
 * set of values. Empty cells get none: a wide header over rows of bare `|` makes markdown-it fill
 * in tens of thousands of them, and the attribute would nearly triple that output.
 */
function alignmentOnly(cell: Token, content: Token | undefined): Token['attrs'] {
  if (!content?.content) return null;
  const match = /^text-align:(left|center|right)$/.exec(String(cell.attrGet('style') ?? ''));
  return match ? [['align', match[1]]] : null;
}

/**
 * Rewrites one paragraph's inline tokens: every kept link carries only its canonical href, links
 * that fail the policy are unwrapped to their text, and images become links (or bare alt text).
 */
function inlinePolicy(children: Token[], state: StateCore): Token[] {
  const result: Token[] = [];
  // One entry per open link_open, whether or not it was kept, so each link_close finds its partner.
  const keptLinks: boolean[] = [];
  for (let i = 0; i < children.length; i++) {
    const token = children[i];
    if (token.type === 'link_open') {
      const href = linkHref(token, children[i + 1]);
      keptLinks.push(href !== null);
      if (href !== null) {
        token.attrs = [['href', href]];
        result.push(token);
      }
    } else if (token.type === 'link_close') {
      if (keptLinks.pop()) result.push(token);
    } else if (token.type === 'image') {
      result.push(...imageReplacement(token, keptLinks.includes(true), state));
    } else {
      result.push(token);
    }
  }
  return result;
}

function linkHref(linkOpen: Token, next: Token | undefined): string | null {
  const href = safeHref(String(linkOpen.attrGet('href') ?? ''));
  if (href === null) return null;
  if (linkOpen.markup === 'linkify' && isBareDomain(next?.content ?? '')) return null;
  return href;
}

/**
 * Fuzzy linkify also turns abbreviations such as `kec.ID` or `S.Kom` into links. Only text that
 * says plainly it is an address (a scheme, `www.`, or an e-mail address) becomes one.
 */
function isBareDomain(text: string): boolean {
  return !/^(?:https?:\/\/|mailto:|www\.)/i.test(text) && !text.includes('@');
}

/**
 * Remote images would reveal every reader's address to whoever hosts them and cost data on weak
 * connections, so an image becomes a link to it labelled with its alt text. Inside another link a
 * second anchor cannot nest, so only the alt text remains.
 */
function imageReplacement(image: Token, insideLink: boolean, state: StateCore): Token[] {
  const alt = inlineText(image.children ?? []);
  const href = safeHref(String(image.attrGet('src') ?? ''));
  const label = new state.Token('text', '', 0);
  label.content = alt || (href ?? '');
  if (href === null || insideLink) return label.content ? [label] : [];
  const open = new state.Token('link_open', 'a', 1);
  open.attrs = [['href', href]];
  const close = new state.Token('link_close', 'a', -1);
  return [open, label, close];
}

/** The text a reader sees in a run of inline tokens. */
export function inlineText(tokens: Token[], lineBreak = ' '): string {
  let text = '';
  for (const token of tokens) {
    if (token.type === 'softbreak' || token.type === 'hardbreak') text += lineBreak;
    else if (token.type === 'image') text += inlineText(token.children ?? [], lineBreak);
    else text += token.content;
  }
  return text;
}
