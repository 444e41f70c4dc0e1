/** The allow-list every rendered post passes through last, whatever produced the HTML before it. */
import sanitizeHtml from 'sanitize-html';
import type { Attributes, IOptions, Tag } from 'sanitize-html';
import { safeHref } from './link-policy.js';
import { MAX_NESTING } from './parser.js';

/** Marks the link as the author's, not the forum's, and keeps the opened page away from `window.opener`. */
export const LINK_REL = 'nofollow ugc noopener';

const CELL_ALIGNMENT = { name: 'align', multiple: false, values: ['left', 'center', 'right'] };

const OPTIONS: IOptions = {
  allowedTags: [
    'p', 'br', 'strong', 'em', 'del', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li',
    // h1 and h2 belong to the page itself; the parser has already demoted a post's headings.
    'h3', 'h4', 'h5', 'h6',
    'a', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  ],
  allowedAttributes: {
    a: ['href', 'rel'],
    ol: ['start'],
    th: [CELL_ALIGNMENT],
    td: [CELL_ALIGNMENT],
  },
  allowedClasses: {},
  allowedStyles: {},
  parseStyleAttributes: false,
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  allowedIframeHostnames: [],
  allowVulnerableTags: false,
  disallowedTagsMode: 'discard',
  // Only a backstop: markdown-it caps block and inline depth separately, so its output stays near 2 × MAX_NESTING.
  nestingLimit: MAX_NESTING * 3,
  transformTags: {
    // Rebuilt from scratch so no attribute but href can reach an anchor, and `target` never does:
    // a new tab confuses people who are new to the web.
    a: (_tagName, attribs): Tag => {
      const rebuilt: Attributes = {};
      // The same check the parser made, so this layer holds even for HTML it did not produce:
      // sanitize-html alone lets scheme-less (relative) hrefs through.
      const href = attribs.href === undefined ? null : safeHref(attribs.href);
      if (href !== null) rebuilt.href = href;
      rebuilt.rel = LINK_REL;
      return { tagName: 'a', attribs: rebuilt };
    },
  },
  // An anchor whose href was refused would be a dead link; keep its text only.
  exclusiveFilter: (frame) => (frame.tag === 'a' && !frame.attribs.href ? 'excludeTag' : false),
};

export function sanitize(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
