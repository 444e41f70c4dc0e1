import { extractLinks, markdownToPlainText, processMarkdown, renderMarkdown } from './index.js';

describe('markdownToPlainText', () => {
  it('puts each block on its own line without markup', () => {
    expect(markdownToPlainText('# Rapat\n\nHalo **warga**,\nsampai _jumpa_.\n\n- satu\n- dua\n\n> kutipan')).toBe(
      'Rapat\nHalo warga,\nsampai jumpa.\nsatu\ndua\nkutipan',
    );
  });

  it('keeps link text and image alt text, not the addresses behind them', () => {
    expect(markdownToPlainText('Lihat [peta desa](https://peta.example/) dan ![foto jalan](https://foto.example/j.jpg)')).toBe(
      'Lihat peta desa dan foto jalan',
    );
  });

  it('keeps code and table cells as words', () => {
    expect(markdownToPlainText('```\nkode  contoh\n```\n\n| A | B |\n|---|---|\n| 1 | 2 |')).toBe('kode contoh\nA B\n1 2');
  });

  it('returns raw HTML as text, to be escaped by whoever shows it', () => {
    expect(markdownToPlainText('<b>tebal</b> &amp; biasa')).toBe('<b>tebal</b> & biasa');
  });
});

describe('extractLinks', () => {
  it('lists distinct web links in order, including images and bare URLs, without e-mail', () => {
    expect(
      extractLinks(
        '[a](https://a.example/x) https://b.example ![c](https://c.example/c.png) ' +
          'www.d.example.com warga@desa.example [lagi](https://a.example/x) <mailto:rt@desa.example>',
      ),
    ).toEqual(['https://a.example/x', 'https://b.example/', 'https://c.example/c.png', 'http://www.d.example.com/']);
  });

  it('ignores refused links', () => {
    expect(extractLinks('[x](javascript:alert(1)) [y](//evil.example/) [z](/relatif) ![w](data:image/png;base64,AA==)')).toEqual([]);
  });

  it('returns hrefs exactly as they appear in the HTML', () => {
    const markdown = '[Ä](<https://Contoh.EXAMPLE/jalan raya>) <HTTPS://Kota.example/Jalan%20Raya>';
    const links = extractLinks(markdown);
    expect(links).toEqual(['https://contoh.example/jalan%20raya', 'https://kota.example/Jalan%20Raya']);
    for (const link of links) expect(renderMarkdown(markdown)).toContain(`href="${link}"`);
  });
});

describe('processMarkdown', () => {
  it('gives the same three views as the separate functions', () => {
    const markdown = '# Judul\n\nIsi dengan [tautan](https://a.example/) dan https://b.example.';
    expect(processMarkdown(markdown)).toEqual({
      html: renderMarkdown(markdown),
      text: markdownToPlainText(markdown),
      links: extractLinks(markdown),
    });
  });
});
