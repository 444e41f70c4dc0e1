import { quotes } from './quotes.js';
import type { QuoteSource } from './quotes.js';

const source = (id: string, author: number, text: string, agree = 0): QuoteSource => ({ id, threadId: 't1', author, text, votes: agree, agree });

describe('quotes', () => {
  const sources = [
    source('c1', 1, 'Jalan rusak di desa kami membuat anak sekolah terlambat setiap hari. Ok.', 10),
    source('c2', 2, 'Anak sekolah di desa kami terlambat karena jalan rusak dan banjir setiap hari.', 8),
    source('c3', 3, 'Harga pupuk naik terus sehingga petani desa kami rugi besar tahun ini.', 3),
    source('c4', 1, 'Jalan rusak membuat anak sekolah terlambat, mohon segera diperbaiki oleh dinas.', 9),
    source('c5', 4, 'Hubungi saya di [PHONE] kalau butuh bukti jalan rusak dan anak sekolah terlambat.', 20),
  ];

  it('quotes sentences verbatim, one per comment and per author, none with masked data', () => {
    const found = quotes(sources, 5);
    expect(found.length).toBeGreaterThan(0);
    const byId = new Map(sources.map((s) => [s.id, s]));
    for (const quote of found) expect(byId.get(quote.commentId)!.text).toContain(quote.text);
    expect(new Set(found.map((q) => q.commentId)).size).toBe(found.length);
    expect(found.map((q) => q.commentId)).not.toContain('c5');
    const authors = found.map((q) => byId.get(q.commentId)!.author);
    expect(new Set(authors).size).toBe(authors.length);
  });

  it('ranks the sentence most linked to the others first and skips near repeats', () => {
    const found = quotes(sources, 2);
    expect(['c1', 'c2', 'c4']).toContain(found[0].commentId);
    expect(found[0].text).not.toBe('Ok.');
  });

  it('is the same whatever order the comments come in', () => {
    expect(quotes([...sources].reverse(), 3)).toEqual(quotes(sources, 3));
  });
});
