/** A small CSV reader for operators' files: `;`, `,` or tab separated, double quotes, a BOM, CRLF. */
export interface CsvRow {
  /** 1-based line number in the file, for error messages. */
  line: number;
  cells: string[];
}

export function detectSeparator(firstLine: string): ';' | ',' | '\t' {
  const count = (ch: string) => splitCsvLine(firstLine, ch).length - 1;
  const candidates: (';' | ',' | '\t')[] = [';', '\t', ','];
  return candidates.reduce((best, ch) => (count(ch) > count(best) ? ch : best), ',' as ';' | ',' | '\t');
}

/** One line's cells; quotes may wrap a cell holding the separator, "" is a quote inside quotes. */
export function splitCsvLine(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === separator) {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += ch;
    }
  }
  cells.push(cell.trim());
  return cells;
}

export function parseCsv(text: string): { separator: string; rows: CsvRow[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const first = lines.find((l) => l.trim() !== '') ?? '';
  const separator = detectSeparator(first);
  const rows: CsvRow[] = [];
  lines.forEach((content, index) => {
    if (content.trim() === '') return;
    rows.push({ line: index + 1, cells: splitCsvLine(content, separator) });
  });
  return { separator, rows };
}
