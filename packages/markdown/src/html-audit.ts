/**
 * Test-only: judges rendered HTML the way a browser would read it, independently of the
 * sanitiser's own configuration, so a mistake there cannot hide itself.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

export const EXPECTED_REL = 'nofollow ugc noopener';

/** Every element a post may contain, with the only attributes each may carry. */
const ALLOWED: Record<string, readonly string[]> = {
  p: [], br: [], strong: [], em: [], del: [], s: [], code: [], pre: [], blockquote: [],
  ul: [], ol: ['start'], li: [], h3: [], h4: [], h5: [], h6: [], a: ['href', 'rel'], hr: [],
  table: [], thead: [], tbody: [], tr: [], th: ['align'], td: ['align'],
};

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Describes every way `html` breaks the policy; an empty list means it is safe to show. */
export function auditHtml(html: string): string[] {
  const problems = [...auditSource(html)];
  const document = parse(`<!DOCTYPE html><html><head></head><body><div>${html}</div></body></html>`);
  const container = findFirst(document, 'div');
  if (!container) return [...problems, 'the fragment escaped its container'];
  walk(container, (node) => problems.push(...auditNode(node)));
  return problems;
}

/** Plain-text checks on the serialised string, as a second, parser-free opinion. */
function auditSource(html: string): string[] {
  const problems: string[] = [];
  if (/<script/i.test(html)) problems.push('contains <script');
  if (/<[^>]*\son[a-z]+\s*=/i.test(html)) problems.push('a tag carries an event handler');
  if (/<\/?(?:iframe|object|embed|svg|math|style|img|form|input)\b/i.test(html)) problems.push('contains a forbidden tag');
  // Text never holds a raw `<`, so `<[^>]*` only ever spans a real tag.
  if (/<[^>]*\s(?:href|src)\s*=\s*["']?[\s\u0000-\u001f]*(?:javascript|vbscript|data):/i.test(html)) {
    problems.push('an href or src uses a script or data scheme');
  }
  const anchors = html.match(/<a\b[^>]*>/gi) ?? [];
  for (const anchor of anchors) {
    if (!/^<a href="[^"<>]*" rel="nofollow ugc noopener">$/.test(anchor)) problems.push(`unexpected anchor ${anchor}`);
  }
  return problems;
}

function auditNode(node: Node): string[] {
  if (node.nodeName === '#comment') return ['contains a comment'];
  if (!('tagName' in node)) return [];
  const element = node as Element;
  const allowedAttributes = ALLOWED[element.tagName];
  if (!allowedAttributes) return [`forbidden element <${element.tagName}>`];
  const problems: string[] = [];
  for (const { name } of element.attrs) {
    if (!allowedAttributes.includes(name)) problems.push(`<${element.tagName}> carries ${name}`);
  }
  const attribute = (name: string) => element.attrs.find((a) => a.name === name)?.value;
  if (element.tagName === 'a') {
    if (attribute('rel') !== EXPECTED_REL) problems.push(`<a> has rel ${JSON.stringify(attribute('rel'))}`);
    const href = attribute('href');
    if (href === undefined || !isSafeUrl(href)) problems.push(`<a> links to ${JSON.stringify(href)}`);
  }
  const align = attribute('align');
  if (align !== undefined && !['left', 'center', 'right'].includes(align)) problems.push(`align=${align}`);
  const start = attribute('start');
  if (start !== undefined && !/^\d+$/.test(start)) problems.push(`start=${start}`);
  return problems;
}

/** Judged on the decoded attribute value, with the browser's own URL parser. */
function isSafeUrl(href: string): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(href).protocol);
  } catch {
    return false;
  }
}

function walk(node: Node, visit: (node: Node) => void): void {
  // Iterative: the pathological-input tests hand over very deep trees.
  const stack: Node[] = [...childrenOf(node)].reverse();
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    visit(current);
    stack.push(...[...childrenOf(current)].reverse());
  }
}

function childrenOf(node: Node): readonly Node[] {
  // A template's children live in its content fragment, where a browser would still build them.
  if ('content' in node) return [node.content];
  return 'childNodes' in node ? node.childNodes : [];
}

function findFirst(root: Node, tagName: string): Element | undefined {
  let found: Element | undefined;
  walk(root, (node) => {
    if (!found && 'tagName' in node && node.tagName === tagName) found = node as Element;
  });
  return found;
}
