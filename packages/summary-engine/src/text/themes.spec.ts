import { Masker } from '../privacy.js';
import { themes } from './themes.js';
import type { ThemeDocument } from './themes.js';
import { isFunctionWord, wordRuns } from './tokens.js';

const docs = (texts: string[]): ThemeDocument[] => texts.map((text, i) => ({ id: `c${String(i).padStart(3, '0')}`, text, votes: 0 }));

describe('wordRuns', () => {
  it('keeps reduplicated words whole and breaks runs at punctuation and mask markers', () => {
    expect(wordRuns('Anak-anak di RT 03, [PHONE] jalan rusak!')).toEqual([['anak-anak', 'di', 'rt', '03'], ['jalan', 'rusak']]);
  });
});

describe('isFunctionWord', () => {
  it('covers Indonesian and English stop words, numbers and single letters', () => {
    for (const word of ['yang', 'dan', 'di', 'ke', 'dari', 'untuk', 'dengan', 'ini', 'itu', 'tidak', 'pak', 'bu', 'the', 'and', '2026', 'x']) {
      expect(isFunctionWord(word)).toBe(true);
    }
    expect(isFunctionWord('jalan')).toBe(false);
  });
});

describe('themes', () => {
  it('recovers the recurring phrases rather than their words alone', () => {
    const before = ['Tolong perbaiki', 'Sudah lama', 'Warga mengeluhkan', 'Musim hujan', 'Kami protes soal', 'Anak sekolah terganggu'];
    const after = ['di dusun kami', 'sejak tahun lalu', 'makin parah', 'dekat pasar', 'sampai sekarang', 'setiap hari'];
    const texts = [
      ...before.flatMap((b, i) => [`${b} jalan rusak ${after[i]}.`, `${b}, air bersih ${after[(i + 2) % after.length]}.`]),
      'Jalan ke sekolah jauh.',
      'Air sungai naik lagi.',
      'Harga beras naik terus.',
    ];
    const found = themes(docs(texts), 5, new Masker()).map((theme) => theme.phrase);
    expect(found.slice(0, 2).sort()).toEqual(['air bersih', 'jalan rusak']);
    expect(found).not.toContain('jalan');
    expect(found).not.toContain('rusak');
  });

  it('never starts or ends a phrase with a stop word and never uses a masked token', () => {
    const texts = Array.from({ length: 10 }, (_, i) => `Hubungi [PHONE] untuk laporan banjir ${i} yang di desa.`);
    const found = themes(docs(texts), 10, new Masker());
    expect(found.length).toBeGreaterThan(0);
    for (const { phrase } of found) {
      const words = phrase.split(' ');
      expect(isFunctionWord(words[0])).toBe(false);
      expect(isFunctionWord(words[words.length - 1])).toBe(false);
      expect(phrase).not.toMatch(/phone/i);
    }
  });

  it('lists every comment carrying a theme, densest first', () => {
    const texts = ['Air bersih.', 'Air bersih air bersih sekali kurang di kampung kami.', 'Tidak ada.', 'Kami perlu air bersih dan listrik.'];
    const [theme] = themes(docs(texts), 1, new Masker());
    expect(theme.phrase).toBe('air bersih');
    expect(theme.commentIds).toEqual(['c000', 'c001', 'c003']);
    expect(theme.score).toBe(1);
  });

  it('says nothing about a phrase written only once', () => {
    expect(themes(docs(['Lampu jalan mati.', 'Sampah menumpuk.']), 5, new Masker())).toEqual([]);
  });
});
