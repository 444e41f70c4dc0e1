import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** poppler-utils (pdftotext, pdffonts, pdfinfo) read PDFs the way viewers do; CI installs them. */
export function popplerAvailable(): boolean {
  return ['pdftotext', 'pdffonts', 'pdfinfo'].every((tool) => spawnSync(tool, ['-v']).error === undefined);
}

function withFile<T>(pdf: Buffer, read: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'summary-report-'));
  try {
    const path = join(dir, 'brief.pdf');
    writeFileSync(path, pdf);
    return read(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of the PDF (or of pages `first` to `last`, counted from 1), in reading order. */
export function pdfText(pdf: Buffer, pages?: { first: number; last: number }): string {
  const range = pages === undefined ? [] : ['-f', String(pages.first), '-l', String(pages.last)];
  return withFile(pdf, (path) => execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, path, '-'], { encoding: 'utf8' }));
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

export function pdfFonts(pdf: Buffer): PdfFont[] {
  const output = withFile(pdf, (path) => execFileSync('pdffonts', [path], { encoding: 'utf8' }));
  // Columns: name type [type] encoding emb sub uni object ID; the type may be two words.
  return output
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const fields = line.trim().split(/\s+/);
      const emb = fields[fields.length - 5];
      return { name: fields[0] as string, type: fields.slice(1, fields.length - 6).join(' '), embedded: emb === 'yes' };
    });
}

export function pdfInfo(pdf: Buffer): Record<string, string> {
  const output = withFile(pdf, (path) => execFileSync('pdfinfo', [path], { encoding: 'utf8' }));
  const info: Record<string, string> = {};
  for (const line of output.split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match !== null) info[match[1] as string] = match[2] as string;
  }
  return info;
}
