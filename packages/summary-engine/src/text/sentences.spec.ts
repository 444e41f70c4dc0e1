import { sentenceSpans } from './sentences.js';

const split = (text: string): string[] => sentenceSpans(text).map(({ start, end }) => text.slice(start, end));

describe('sentenceSpans', () => {
  it('splits at full stops, question and exclamation marks and line breaks', () => {
    expect(split('Jalan rusak parah. Kapan diperbaiki?  Tolong!\nTerima kasih')).toEqual([
      'Jalan rusak parah.',
      'Kapan diperbaiki?',
      'Tolong!',
      'Terima kasih',
    ]);
  });

  it('does not split after abbreviations, initials or inside numbers', () => {
    expect(split('Lubang di Jl. Ahmad Yani dekat rumah Bpk. H. Salim sudah 1.5 meter. Bahaya.')).toEqual([
      'Lubang di Jl. Ahmad Yani dekat rumah Bpk. H. Salim sudah 1.5 meter.',
      'Bahaya.',
    ]);
  });

  it('keeps closing quotes with their sentence and returns exact offsets', () => {
    const text = '  Kata camat "segera."  Kami tunggu… ';
    const spans = sentenceSpans(text);
    expect(spans.map(({ start, end }) => text.slice(start, end))).toEqual(['Kata camat "segera."', 'Kami tunggu…']);
    expect(spans[0].start).toBe(2);
  });
});
