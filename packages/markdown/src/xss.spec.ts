import { auditHtml, EXPECTED_REL } from './html-audit.js';
import { renderMarkdown } from './index.js';
import { sanitize } from './sanitize.js';
import { XSS_CONTEXTS, XSS_CORPUS } from './xss-corpus.js';

describe('the XSS corpus', () => {
  it('is large and varied enough to mean something', () => {
    expect(XSS_CORPUS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(XSS_CORPUS.map((p) => p.payload)).size).toBe(XSS_CORPUS.length);
    expect(new Set(XSS_CORPUS.map((p) => p.kind)).size).toBeGreaterThanOrEqual(10);
  });
});

describe('auditHtml', () => {
  // A checker that finds nothing wrong with anything would make every test below pass.
  it.each([
    ['<script>alert(1)</script>'],
    ['<p onclick="alert(1)">x</p>'],
    ['<img src="https://a.example/x.png">'],
    ['<svg><a href="https://a.example/">x</a></svg>'],
    [`<a href="javascript:alert(1)" rel="${EXPECTED_REL}">x</a>`],
    [`<a href="jav&#x09;ascript:alert(1)" rel="${EXPECTED_REL}">x</a>`],
    [`<a href="/relatif" rel="${EXPECTED_REL}">x</a>`],
    ['<a href="https://a.example/">tanpa rel</a>'],
    ['<a href="https://a.example/" rel="nofollow">rel kurang</a>'],
    [`<a href="https://a.example/" rel="${EXPECTED_REL}" target="_blank">tab baru</a>`],
    ['<p class="x" style="color:red">x</p>'],
    ['<table><tr><td align="justify">x</td></tr></table>'],
    ['<h1>judul</h1>'],
    ['<!-- komentar -->'],
  ])('flags %s', (html) => {
    expect(auditHtml(html)).not.toEqual([]);
  });

  it('passes ordinary rendered posts', () => {
    expect(auditHtml(renderMarkdown('# Judul\n\n**Halo** [warga](https://desa.example/), lihat:\n\n| a |\n|:-:|\n| 1 |'))).toEqual([]);
  });
});

describe.each(XSS_CONTEXTS)('renderMarkdown with each payload ($name)', ({ wrap }) => {
  it.each(XSS_CORPUS)('neutralises $kind: $payload', ({ payload }) => {
    const html = renderMarkdown(wrap(payload));
    expect(auditHtml(html)).toEqual([]);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(html).not.toMatch(/<\/?(?:iframe|object|embed|svg|math|style|img|form|input)\b/i);
    const anchors = html.match(/<a\b[^>]*>/g) ?? [];
    expect(html.split(`rel="${EXPECTED_REL}"`).length - 1).toBe(anchors.length);
  });
});

describe('the sanitiser alone, given each payload as HTML', () => {
  // The parser never hands it raw HTML; this checks the second layer would hold if that changed.
  it.each(XSS_CORPUS)('neutralises $kind: $payload', ({ payload }) => {
    expect(auditHtml(sanitize(payload))).toEqual([]);
  });

  it('rebuilds a permitted link with nothing but href and rel', () => {
    expect(sanitize('<a href="https://a.example/" onclick="x()" target="_blank" class="c" rel="opener">a</a>')).toBe(
      `<a href="https://a.example/" rel="${EXPECTED_REL}">a</a>`,
    );
  });

  it('unwraps a link whose href is refused, keeping its text', () => {
    expect(sanitize('<p><a href="javascript:alert(1)">teks</a> <a href="/relatif">lain</a></p>')).toBe('<p>teks lain</p>');
  });
});
