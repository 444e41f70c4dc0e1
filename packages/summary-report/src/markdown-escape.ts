// People's words go into the brief as text, never as Markdown: whatever a comment holds, it must not become a
// heading, list, link, image, table, code or raw HTML in whatever renders the file (GitHub, editors, converters).

// Characters that start Markdown (CommonMark and GitHub's extensions) anywhere in a line. Parentheses need no
// escape once brackets have one: no link can open.
const ANYWHERE = /[\\`*_[\]<>#!|~&$]/g;

// At the start of a line these open a list, a heading underline, a thematic break or an ordered list.
const BULLET_OR_UNDERLINE = /^(\s*)([-+=])/;
const ORDERED_MARK = /^(\s*\d{1,9})([.)])/;

// GitHub turns bare addresses into links and `@name` into a mention; breaking the pattern keeps them as text.
const AUTOLINK = /:(?=\/\/)|(?<=\bwww)\.|@/gi;

function escapeLine(line: string): string {
  return line
    .replace(ANYWHERE, '\\$&')
    .replace(AUTOLINK, '\\$&')
    .replace(ORDERED_MARK, '$1\\$2')
    .replace(BULLET_OR_UNDERLINE, '$1\\$2');
}

function lines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/** One line of inert text (headings, list items, table cells): line breaks become spaces. */
export function escapeInline(text: string): string {
  return escapeLine(lines(text).map((line) => line.trim()).filter((line) => line !== '').join(' '));
}

/**
 * A blockquote holding `text` verbatim: each line kept as a line (a hard break), blank lines kept as paragraph
 * breaks, leading spaces dropped so no line turns into a code block.
 */
export function blockquote(text: string): string {
  const body = lines(text).map((line) => escapeLine(line.trim()));
  while (body.length > 0 && body[0] === '') body.shift();
  while (body.length > 0 && body[body.length - 1] === '') body.pop();
  if (body.length === 0) return '>';
  return body
    .map((line, index) => {
      const next = body[index + 1];
      const hardBreak = line !== '' && next !== undefined && next !== '';
      return line === '' ? '>' : `> ${line}${hardBreak ? '\\' : ''}`;
    })
    .join('\n');
}
