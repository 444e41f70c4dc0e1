/**
 * A strict RFC 4180 reader for tests: every row must end in CRLF, a quote may appear only to open or close a
 * quoted field or doubled inside one. Anything else throws, so a test fails on output Excel would misread.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let index = 0;
  while (index < text.length) {
    let cell = '';
    if (text[index] === '"') {
      index += 1;
      for (;;) {
        if (index >= text.length) throw new Error('Unterminated quoted field');
        const char = text[index] as string;
        if (char === '"') {
          if (text[index + 1] === '"') {
            cell += '"';
            index += 2;
            continue;
          }
          index += 1;
          break;
        }
        cell += char;
        index += 1;
      }
    } else {
      while (index < text.length && text[index] !== ',' && text[index] !== '\r' && text[index] !== '\n') {
        if (text[index] === '"') throw new Error(`Quote inside an unquoted field at ${index}`);
        cell += text[index];
        index += 1;
      }
    }
    row.push(cell);
    if (text[index] === ',') {
      index += 1;
    } else if (text.startsWith('\r\n', index)) {
      rows.push(row);
      row = [];
      index += 2;
    } else {
      throw new Error(`Expected a comma or CRLF at ${index}, found ${JSON.stringify(text.slice(index, index + 10))}`);
    }
  }
  if (row.length > 0) throw new Error('The last row does not end in CRLF');
  return rows;
}
