import type { Summary } from '@rembug/summary-engine';
import type { ReportContext, ReportLanguage } from '../context.js';
import { messageCatalog } from '../i18n.js';
import { popplerAvailable, pdfFonts, pdfInfo, pdfText } from '../testing/poppler.js';
import { SITE_URL, areaSummary, largeSummary, threadSummary } from '../testing/fixtures.js';
import { pdfStream, renderPdf } from './render.js';

const ctx = (lang: ReportLanguage): ReportContext => ({ lang, siteUrl: SITE_URL });

const poppler = popplerAvailable();
if (!poppler) {
  console.warn(
    'summary-report: pdftotext, pdffonts or pdfinfo is missing, so the PDF text and font checks are SKIPPED. ' +
      'Install poppler-utils (apt-get install -y poppler-utils) to run them.',
  );
}
const withPoppler = poppler ? it : it.skip;

/** The file's own structure (objects, dictionaries, annotations) is plain text; only page content is compressed. */
function raw(pdf: Buffer): string {
  return pdf.toString('latin1');
}

function pageCount(pdf: Buffer): number {
  return raw(pdf).match(/\/Type \/Page\b/g)?.length ?? 0;
}

/** pdftotext's reading order of pages, with line breaks folded so sentences wrapped by the layout match. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

describe('renderPdf', () => {
  let thread: Buffer;
  let area: Buffer;
  beforeAll(async () => {
    thread = await renderPdf(threadSummary(), ctx('id'));
    area = await renderPdf(areaSummary(), ctx('en'));
  });

  it('is a PDF file on A4 pages', () => {
    expect(raw(thread).startsWith('%PDF-1.4')).toBe(true);
    expect(raw(thread).trimEnd().endsWith('%%EOF')).toBe(true);
    const pages = pageCount(thread);
    expect(pages).toBeGreaterThan(1);
    expect(raw(thread).match(/\/MediaBox \[0 0 595\.28 841\.89\]/g)).toHaveLength(pages);
  });

  it('embeds DejaVu Sans, regular and bold, and uses no font it does not carry', () => {
    expect(raw(thread)).toContain('/FontFile2');
    expect(raw(thread)).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(raw(thread)).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    expect(raw(thread)).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
  });

  withPoppler('has only embedded fonts, as pdffonts reads them', () => {
    const fonts = pdfFonts(thread);
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
    expect(fonts.every((font) => font.embedded)).toBe(true);
  });

  it('draws its charts as vectors, with no picture inside', () => {
    expect(raw(thread)).not.toContain('/Subtype /Image');
  });

  it('makes each cited comment, proposal and the summary page a clickable link', () => {
    const text = raw(thread);
    expect(text).toContain('/URI (https://rembug.example/threads/t-jalan-poros?comment=c-01#comment-c-01)');
    expect(text).toContain('/URI (https://rembug.example/threads/t-jalan-poros?comment=c-13#comment-c-13)');
    expect(text).toContain('/URI (https://rembug.example/proposals/pr-04)');
    expect(text).toContain('/URI (https://rembug.example/threads/t-jalan-poros/summary)');
  });

  it('dates the document with the summary and gives the same bytes every time', async () => {
    expect(raw(thread)).toContain('(D:20261212073000Z)');
    const again = await renderPdf(threadSummary(), ctx('id'));
    expect(again.equals(thread)).toBe(true);
    const streamed: Buffer[] = [];
    for await (const chunk of pdfStream(threadSummary(), ctx('id'))) streamed.push(Buffer.from(chunk as Uint8Array));
    expect(Buffer.concat(streamed).equals(thread)).toBe(true);
  });

  it('changes when the summary changes', async () => {
    const later: Summary = { ...threadSummary(), asOf: '2026-12-13T07:30:00.000Z' };
    expect((await renderPdf(later, ctx('id'))).equals(thread)).toBe(false);
  });

  withPoppler('describes itself: title, author, subject, language', () => {
    const info = pdfInfo(thread);
    expect(info['Title']).toBe('Ringkasan diskusi: Jalan poros Désa Sungai Raya rusak: apa yang didahulukan?');
    expect(info['Author']).toBe('Rembug');
    expect(info['Subject']).toBe('Ringkasan pendapat warga di Rembug');
    expect(info['Page size']).toContain('595.28 x 841.89 pts (A4)');
  });

  it('declares the language it is written in', () => {
    expect(raw(thread)).toContain('/Lang (id-ID)');
    expect(raw(area)).toContain('/Lang (en-GB)');
  });

  describe.each<[ReportLanguage, () => Summary]>([
    ['id', threadSummary],
    ['en', threadSummary],
  ])('in %s', (lang, make) => {
    const words = messageCatalog(lang);
    let text = '';
    let pages = 0;
    beforeAll(async () => {
      const pdf = await renderPdf(make(), ctx(lang));
      pages = pageCount(pdf);
      text = poppler ? flat(pdfText(pdf)) : '';
    });

    withPoppler('prints every section of the brief', () => {
      for (const key of [
        'section.keyNumbers',
        'participation.byDay',
        'section.groups',
        'map.title',
        'section.consensus',
        'section.divisive',
        'section.groupViews',
        'section.themes',
        'section.quotes',
        'section.proposals',
        'proposals.chart',
        'section.method',
        'section.provenance',
        'section.appendix',
      ] as const) {
        expect(text).toContain(words[key]);
      }
    });

    withPoppler('numbers its pages and repeats the title at the top of each page after the first', () => {
      const footer = words['footer.page'];
      expect(text).toContain(footer.replace('{page}', '1').replace('{pages}', String(pages)));
      expect(text).toContain(footer.replace('{page}', String(pages)).replace('{pages}', String(pages)));
    });

    withPoppler('quotes people verbatim, Indonesian letters and all, and lists groups with their sizes', () => {
      expect(text).toContain('Warga Désa Sungai Raya — “jalan berlubang” sepanjang ±2 km;');
      expect(text).toContain("=cmd|' /C calc'!A0");
      expect(text).toContain(words['map.legend'].replace('{group}', 'A').replace('{count}', '26'));
      expect(text).toContain('sha256:');
    });
  });

  withPoppler('repeats the title in the header of later pages', () => {
    const second = flat(pdfText(thread, { first: 2, last: 2 }));
    expect(second.trim().startsWith('Ringkasan diskusi: Jalan poros Désa Sungai Raya rusak')).toBe(true);
  });

  withPoppler('explains in a box why an area has no opinion map', () => {
    const words = messageCatalog('en');
    const text = flat(pdfText(area));
    expect(text).toContain(words['groups.none.title']);
    expect(text).toContain('only 3 people have voted enough, and at least 15 are needed.');
    expect(text).not.toContain(words['map.title']);
    expect(text).toContain('Page 1 of');
  });

  withPoppler('explains a discussion whose voters form no clear groups', async () => {
    const summary = areaSummary();
    summary.opinionGroups.status = 'NO_CLEAR_GROUPS';
    const text = flat(pdfText(await renderPdf(summary, ctx('id'))));
    expect(text).toContain(messageCatalog('id')['groups.status.NO_CLEAR_GROUPS']);
    expect(text).toContain('Peserta tidak terbagi menjadi kelompok yang jelas');
  });

  it('renders a 2,000-comment summary on a bounded number of pages, citing only what it quotes', async () => {
    const summary = largeSummary(2000);
    const pdf = await renderPdf(summary, ctx('en'));
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(5);
    expect(pages).toBeLessThan(40);
    if (poppler) {
      const text = flat(pdfText(pdf));
      const numbers = [...text.matchAll(/Comment (\d+)/g)].map((match) => Number(match[1]));
      expect(Math.max(...numbers)).toBeLessThan(100);
    }
  });

  it('breaks a comment longer than a page across pages without losing it', async () => {
    const summary = threadSummary();
    const long = summary.comments.find((row) => row.commentId === 'c-06');
    expect(long?.text.length).toBeGreaterThan(8000);
    const pdf = await renderPdf(summary, ctx('en'));
    if (poppler) {
      const text = flat(pdfText(pdf));
      expect(text).toContain('panjangsekali');
      expect(text.split('menggenangi badan jalan').length - 1).toBeGreaterThanOrEqual(60);
    }
  });
});
