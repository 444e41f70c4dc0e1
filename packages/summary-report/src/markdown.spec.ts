import type { Summary } from '@rembug/summary-engine';
import { collectCitations } from './citations.js';
import type { ReportContext, ReportLanguage } from './context.js';
import { messageCatalog } from './i18n.js';
import { blockquote, escapeInline } from './markdown-escape.js';
import { renderMarkdown } from './markdown.js';
import { HOSTILE, SITE_URL, areaSummary, largeSummary, threadSummary } from './testing/fixtures.js';

const ctx = (lang: ReportLanguage): ReportContext => ({ lang, siteUrl: SITE_URL });

/** Markdown with every link the brief itself makes taken out: what is left came from messages or people. */
function withoutOwnLinks(markdown: string): string {
  return markdown.replace(/\[[^\]\\]*\]\(<https:\/\/rembug\.example\/[^\s<>]*>\)/g, 'LINK');
}

describe('renderMarkdown', () => {
  describe.each<ReportLanguage>(['id', 'en'])('in %s', (lang) => {
    const words = messageCatalog(lang);
    const thread = renderMarkdown(threadSummary(), ctx(lang));

    it('has every section of the brief, in order', () => {
      const headings = thread.split('\n').filter((line) => line.startsWith('## '));
      expect(headings).toEqual(
        [
          'section.keyNumbers',
          'section.groups',
          'section.consensus',
          'section.divisive',
          'section.groupViews',
          'section.themes',
          'section.quotes',
          'section.proposals',
          'section.method',
          'section.provenance',
          'section.appendix',
        ].map((key) => `## ${words[key as keyof typeof words]}`),
      );
    });

    it('opens with the title and what the summary covers', () => {
      const summary = threadSummary();
      expect(thread.startsWith(`# ${words['brief.title.thread'].replace('{title}', summary.scope.title)}\n`)).toBe(true);
      expect(thread).toContain(words['scope.thread'].replace('{title}', summary.scope.title));
    });

    it('shows each group with its size, and what sets it apart in its own words', () => {
      expect(thread).toContain(`### ${words['groupViews.heading'].replace('{group}', 'A').replace('{count}', '26')}`);
      expect(thread).toContain(`### ${words['groupViews.heading'].replace('{group}', 'C').replace('{count}', '17')}`);
      expect(thread).toContain('> Pasar desa juga perlu lampu jalan; sekarang gelap setelah magrib.');
    });

    it('puts every proposal status and response clock in words', () => {
      for (const proposal of threadSummary().proposals) {
        expect(thread).toContain(words[`status.${proposal.status}` as keyof typeof words]);
        expect(thread).toContain(words[`clock.${proposal.clock}` as keyof typeof words]);
      }
    });

    it('records the provenance needed to reproduce the summary', () => {
      const summary = threadSummary();
      expect(thread).toContain(summary.provenance.inputHash);
      expect(thread).toContain(summary.asOf);
      expect(thread).toContain('`minVotesPerParticipant`');
      expect(thread).toContain('\\@rembug/summary-engine');
    });

    it('explains plainly why an area has no opinion groups, and draws none', () => {
      const area = renderMarkdown(areaSummary(), ctx(lang));
      expect(area).toContain(words['groups.none.title']);
      expect(area).toContain(words['groups.none.TOO_FEW_PARTICIPANTS'].replace('{count}', '3').replace('{min}', '15'));
      expect(area).not.toContain(`## ${words['section.groupViews']}`);
      expect(area).toContain(`## ${words['section.consensus']}\n\n${words['consensus.none']}`);
    });
  });

  it.each([
    ['TOO_FEW_COMMENTS', 'Opinion groups cannot be formed yet: only 3 comments have votes, and at least 5 are needed.'],
    ['NO_CLEAR_GROUPS', 'Participants do not split into clear groups'],
  ] as const)('says in plain words why there are no groups when the status is %s', (status, sentence) => {
    const summary = areaSummary();
    summary.opinionGroups.status = status;
    const markdown = renderMarkdown(summary, ctx('en'));
    expect(markdown).toContain(sentence);
    expect(markdown).not.toContain('| Group A |');
  });

  it('links the summary page, the discussion, each cited comment and each proposal', () => {
    const markdown = renderMarkdown(threadSummary(), ctx('id'));
    expect(markdown).toContain('[Halaman ringkasan ini di Rembug](<https://rembug.example/threads/t-jalan-poros/summary>)');
    expect(markdown).toContain('[Buka diskusinya](<https://rembug.example/threads/t-jalan-poros>)');
    expect(markdown).toContain('— [Komentar 1](<https://rembug.example/threads/t-jalan-poros?comment=c-01#comment-c-01>). Setuju 87%');
    expect(markdown).toContain('[Buka usulan](<https://rembug.example/proposals/pr-04>)');
    expect(renderMarkdown(areaSummary(), ctx('en'))).toContain(
      "[This summary's page on Rembug](<https://rembug.example/areas/a-sungai-ambawang/summary>)",
    );
  });

  it('encodes ids in links so an odd id cannot leave its link', () => {
    const summary = threadSummary();
    summary.proposals[0] = { ...(summary.proposals[0] as Summary['proposals'][number]), id: 'x>) [y](javascript:1' };
    expect(renderMarkdown(summary, ctx('en'))).toContain('(<https://rembug.example/proposals/x%3E)%20%5By%5D(javascript%3A1>)');
  });

  it('renders a hostile comment inert: no heading, link or HTML comes from it', () => {
    const markdown = renderMarkdown(threadSummary(), ctx('en'));
    expect(markdown).toContain('> \\# Hacked \\[x\\](javascript:alert(1)) \\<script\\>alert(1)\\</script\\>');
    const rest = withoutOwnLinks(markdown);
    // Left once the brief's own links are gone: not one bracket or angle bracket without its escape.
    expect(rest).not.toMatch(/(?<!\\)[<[\]]/);
    expect(markdown.split('\n').filter((line) => /^#{1,6} /.test(line) && line.includes('Hacked'))).toEqual([
      '### 4. \\# Hacked \\[x\\](javascript:alert(1)) \\<script\\>alert(1)\\</script\\>',
    ]);
  });

  it('keeps the line breaks of a comment inside its quote', () => {
    const markdown = renderMarkdown(threadSummary(), ctx('id'));
    expect(markdown).toContain('> Kata Pak Kades: "jalan, jembatan, dan drainase"\\\n> Baris kedua, dengan koma\\\n> Baris ketiga');
  });

  it('lists in the appendix exactly the comments it cites, even for 2,000 comments', () => {
    const summary = largeSummary();
    const markdown = renderMarkdown(summary, ctx('en'));
    const cited = collectCitations(summary, ctx('en')).list;
    const appendix = markdown.slice(markdown.indexOf('## Appendix'));
    expect(appendix.match(/^### Comment \d+$/gm)).toHaveLength(cited.length);
    expect(cited.length).toBeLessThan(100);
    const uncited = summary.comments.find((row) => !cited.some((citation) => citation.commentId === row.commentId));
    expect(markdown).not.toContain(`#comment-${uncited?.commentId}>`);
    expect(markdown).toMatch(/\| Votes on comments \(agree, disagree and not sure\) \| \d{1,3}(,\d{3})+ \|/);
    expect(renderMarkdown(summary, ctx('id'))).toMatch(/\| Suara pada komentar \(setuju, tidak setuju, dan belum yakin\) \| \d{1,3}(\.\d{3})+ \|/);
  });
});

describe('escaping people\'s text', () => {
  it('escapes every line-start marker and inline mark in a blockquote', () => {
    expect(blockquote(HOSTILE.markdownMix).split('\n')).toEqual([
      '> \\* daftar\\',
      '> 1\\. satu\\',
      '> \\> kutipan\\',
      '> \\| a \\| b \\|\\',
      '> \\---\\',
      '> \\`kode\\` \\*\\*tebal\\*\\* \\_miring\\_ \\~\\~coret\\~\\~ https\\://evil.example www\\.evil.example \\@warga \\$x\\$ \\&amp; \\!\\[gambar\\](http\\://evil.example/x.png)',
    ]);
  });

  it('turns a multi-line text into one inert line', () => {
    expect(escapeInline('= judul\n===\n  + daftar')).toBe('\\= judul === + daftar');
    expect(escapeInline('1) satu\r\n2. dua')).toBe('1\\) satu 2. dua');
  });

  it('keeps blank lines as paragraph breaks and drops the indent that would make code', () => {
    expect(blockquote('\n  satu\n\n      dua\n')).toBe('> satu\n>\n> dua');
    expect(blockquote('   ')).toBe('>');
  });
});
