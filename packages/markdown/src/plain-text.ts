/** Plain text of a parsed post, for the search index and for previews. */
import type { Token } from 'markdown-it';
import { inlineText } from './parser.js';

/** Each block on its own line, runs of whitespace collapsed, no markup left. */
export function plainTextOf(tokens: Token[]): string {
  const parts: string[] = [];
  for (const token of tokens) {
    if (token.type === 'inline') parts.push(inlineText(token.children ?? [], '\n'));
    else if (token.type === 'fence' || token.type === 'code_block') parts.push(token.content, '\n');
    else if (token.type === 'th_close' || token.type === 'td_close') parts.push(' ');
    else if (token.type === 'hr' || (token.block && token.nesting === -1)) parts.push('\n');
  }
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
