import { renderMarkdown } from './index.js';

const REL = 'rel="nofollow ugc noopener"';

describe('renderMarkdown on everyday posts', () => {
  it('keeps paragraphs and turns a single line break into <br>', () => {
    expect(renderMarkdown('Selamat pagi warga.\nRapat jam 9.\n\nTerima kasih.')).toBe(
      '<p>Selamat pagi warga.<br />\nRapat jam 9.</p>\n<p>Terima kasih.</p>\n',
    );
  });

  it('renders emphasis, strikethrough and inline code', () => {
    expect(renderMarkdown('Ini **penting**, ini _miring_, ini ~~dicoret~~ dan ini `kode`.')).toBe(
      '<p>Ini <strong>penting</strong>, ini <em>miring</em>, ini <s>dicoret</s> dan ini <code>kode</code>.</p>\n',
    );
  });

  it('renders bulleted and numbered lists, keeping a list that starts later', () => {
    expect(renderMarkdown('- beras\n- minyak\n\n3. tiga\n4. empat')).toBe(
      '<ul>\n<li>beras</li>\n<li>minyak</li>\n</ul>\n<ol start="3">\n<li>tiga</li>\n<li>empat</li>\n</ol>\n',
    );
  });

  it('demotes headings by two levels, never past h6', () => {
    expect(renderMarkdown('# Satu\n## Dua\n### Tiga\n#### Empat\n##### Lima\n###### Enam\n\nJudul\n=====')).toBe(
      '<h3>Satu</h3>\n<h4>Dua</h4>\n<h5>Tiga</h5>\n<h6>Empat</h6>\n<h6>Lima</h6>\n<h6>Enam</h6>\n<h3>Judul</h3>\n',
    );
  });

  it('links Markdown links, autolinks, bare URLs, www addresses and e-mail addresses', () => {
    const html = renderMarkdown(
      'Lihat [peta](https://peta.example/desa "Peta desa"), <https://a.example>, https://b.example/x?y=1 ' +
        'dan www.c.example.com, surel ke rt05@desa.example',
    );
    expect(html).toBe(
      `<p>Lihat <a href="https://peta.example/desa" ${REL}>peta</a>, ` +
        `<a href="https://a.example/" ${REL}>https://a.example</a>, ` +
        `<a href="https://b.example/x?y=1" ${REL}>https://b.example/x?y=1</a> ` +
        `dan <a href="http://www.c.example.com/" ${REL}>www.c.example.com</a>, ` +
        `surel ke <a href="mailto:rt05@desa.example" ${REL}>rt05@desa.example</a></p>\n`,
    );
  });

  it('never opens links in a new tab', () => {
    expect(renderMarkdown('[peta](https://peta.example/)')).not.toContain('target');
  });

  it('leaves abbreviations and bare domains as text', () => {
    expect(renderMarkdown('Kantor kec.ID, gelar S.Kom, situs bandung.go.id')).toBe(
      '<p>Kantor kec.ID, gelar S.Kom, situs bandung.go.id</p>\n',
    );
  });

  it('shows relative links as the text that was typed', () => {
    expect(renderMarkdown('[lihat](/thread/12) [atas](#atas)')).toBe('<p>[lihat](/thread/12) [atas](#atas)</p>\n');
  });

  it('turns images into links labelled with their alt text, or the address when there is none', () => {
    expect(renderMarkdown('![Foto jalan rusak](https://foto.example/jalan.jpg) ![](https://foto.example/a.png)')).toBe(
      `<p><a href="https://foto.example/jalan.jpg" ${REL}>Foto jalan rusak</a> ` +
        `<a href="https://foto.example/a.png" ${REL}>https://foto.example/a.png</a></p>\n`,
    );
  });

  it('keeps only the alt text of an image that is itself inside a link', () => {
    expect(renderMarkdown('[![logo](https://x.example/l.png)](https://x.example/)')).toBe(
      `<p><a href="https://x.example/" ${REL}>logo</a></p>\n`,
    );
  });

  it('escapes code blocks and drops their language class', () => {
    expect(renderMarkdown('```sql\nSELECT * FROM warga WHERE nama < "A";\n```')).toBe(
      '<pre><code>SELECT * FROM warga WHERE nama &lt; "A";\n</code></pre>\n',
    );
  });

  it('renders quotes, rules and tables, with alignment as a plain attribute', () => {
    expect(renderMarkdown('> Kutipan\n\n---\n\n| Nama | Jumlah | Ket |\n|:-----|-------:|:---:|\n| Budi | 3 | |')).toBe(
      '<blockquote>\n<p>Kutipan</p>\n</blockquote>\n<hr />\n<table>\n<thead>\n<tr>\n' +
        '<th align="left">Nama</th>\n<th align="right">Jumlah</th>\n<th align="center">Ket</th>\n</tr>\n</thead>\n' +
        '<tbody>\n<tr>\n<td align="left">Budi</td>\n<td align="right">3</td>\n<td></td>\n</tr>\n</tbody>\n</table>\n',
    );
  });

  it('shows raw HTML as the text that was typed', () => {
    expect(renderMarkdown('<b>tebal</b> & <i>miring</i>')).toBe(
      '<p>&lt;b&gt;tebal&lt;/b&gt; &amp; &lt;i&gt;miring&lt;/i&gt;</p>\n',
    );
  });

  it('keeps non-ASCII text as it is', () => {
    expect(renderMarkdown('Café ☕ — 100% 👍 "kutip" \'satu\'')).toBe('<p>Café ☕ — 100% 👍 "kutip" \'satu\'</p>\n');
  });

  it('renders an empty body as nothing', () => {
    expect(renderMarkdown('')).toBe('');
  });
});
