import { auditHtml } from './html-audit.js';
import { extractLinks, markdownToPlainText, processMarkdown, renderMarkdown } from './index.js';
import { XSS_CORPUS } from './xss-corpus.js';

/** The longest body the API accepts. */
const MAX_BODY = 20_000;

/**
 * markdown-it fills short table rows up to the header's width, at most 65,536 cells per table;
 * that fill-in is the largest growth any input can cause. The bound keeps it in view.
 */
const MAX_GROWTH = 40;

const fill = (unit: string, length = MAX_BODY) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const PATHOLOGICAL: Array<[string, string]> = [
  ['nested quotes', fill('>')],
  ['nested quotes with text', fill('> a\n>')],
  ['asterisks', fill('*')],
  ['underscores', fill('_')],
  ['alternating emphasis', fill('*a **a ')],
  ['opening brackets', fill('[')],
  ['closing brackets', fill(']')],
  ['image openers', fill('![')],
  ['unfinished links', fill('[a](')],
  ['nested link labels', fill('[[a](https://a.example/)')],
  ['unfinished link titles', fill('[a](https://a.example/ "')],
  ['nested list markers', fill('- ')],
  ['one-item lists', fill('-\n')],
  ['deeply indented list', Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n').slice(0, MAX_BODY)],
  ['quote and list mix', fill('> * _ [ ')],
  ['backticks', fill('`')],
  ['mixed backtick runs', fill('`a``')],
  ['less-than signs', fill('<')],
  ['unfinished tags', fill('<a')],
  ['unfinished autolinks', fill('<https://a.example/')],
  ['bare URLs', fill('https://a.b ')],
  ['www addresses', fill('www.a.com ')],
  ['e-mail addresses', fill('a@b.co ')],
  ['entities', fill('&amp;')],
  ['backslashes', fill('\\')],
  ['hashes', fill('#')],
  ['heading lines', fill('# a\n')],
  ['fence markers', fill('```\n')],
  ['setext underlines', fill('a\n=\n')],
  ['tildes', fill('~~a')],
  ['NUL characters', fill('\u0000')],
  ['line separators', fill('\u2028')],
  ['reference definitions', fill('[a]: https://a.example/\n')],
  ['reference uses', `[a]: https://a.example/\n${fill('[a]', MAX_BODY - 24)}`],
  ['wide table over empty rows', `|${fill('a|', 2000)}\n|${fill(':-:|', 4000)}\n${fill('|\n', MAX_BODY - 6002)}`.slice(0, MAX_BODY)],
  ['long table', `|a|b|\n|-|-|\n${fill('|x|y|\n', MAX_BODY - 12)}`],
  ['every XSS payload at once', fill(XSS_CORPUS.map((p) => p.payload).join('\n\n'))],
];

describe('pathological input of the maximum length', () => {
  it.each(PATHOLOGICAL)('%s: renders without throwing, within bounded size, and stays safe', (_name, markdown) => {
    expect(markdown.length).toBeLessThanOrEqual(MAX_BODY);
    const html = renderMarkdown(markdown);
    expect(html.length).toBeLessThanOrEqual(MAX_GROWTH * MAX_BODY);
    expect(auditHtml(html)).toEqual([]);
    expect(markdownToPlainText(markdown).length).toBeLessThanOrEqual(markdown.length * 2);
    expect(() => extractLinks(markdown)).not.toThrow();
  });

  it('cuts nesting off rather than descending without limit', () => {
    const html = renderMarkdown(`${'>'.repeat(MAX_BODY - 5)} akhir`);
    expect(html.split('<blockquote>').length - 1).toBeLessThanOrEqual(25);
  });
});

describe('determinism', () => {
  const samples = [
    '# Rapat\n\nHalo **warga**, lihat https://desa.example/ dan [peta](https://peta.example/).\n\n| a | b |\n|:-|-:|\n| 1 | 2 |',
    ...XSS_CORPUS.map((p) => p.payload),
    ...PATHOLOGICAL.map(([, markdown]) => markdown),
  ];

  it('gives the same bytes for the same input, whatever was rendered in between', () => {
    const first = samples.map((markdown) => processMarkdown(markdown));
    const again = [...samples].reverse().map((markdown) => processMarkdown(markdown)).reverse();
    expect(again).toEqual(first);
    expect(first.map((result) => result.html)).toEqual(samples.map((markdown) => renderMarkdown(markdown)));
  });
});
