/** Splits one CSV record (RFC 4180: quoted fields, "" escapes); null when a quoted field continues on the next line. */
export function parseCsvRecord(text: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field.trim() === '') {
      field = '';
      quoted = true;
    } else if (c === ',') {
      fields.push(field.trim());
      field = '';
    } else {
      field += c;
    }
    i++;
  }
  if (quoted) return null;
  fields.push(field.trim());
  return fields;
}

/** One record of a CSV text: its fields, or why it could not be read, with the line it starts on (1-based). */
export type CsvRecord = { line: number; fields: string[] } | { line: number; error: string };

/**
 * The records of a whole CSV text (LF or CRLF, a leading BOM dropped), built on parseCsvRecord: a quoted field may
 * span lines, up to maxRecordLines physical lines. Blank lines are skipped. The first record is the header.
 */
export function* csvRecords(text: string, maxRecordLines = 50): Generator<CsvRecord> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  let pending: { text: string; line: number; parts: number } | null = null;
  for (let index = 0; index < lines.length; index++) {
    const lineNo = index + 1;
    const joined: string = pending ? `${pending.text}\n${lines[index]}` : lines[index]!;
    const start: number = pending?.line ?? lineNo;
    const fields = parseCsvRecord(joined);
    if (fields === null) {
      const parts: number = (pending?.parts ?? 0) + 1;
      if (parts >= maxRecordLines) {
        yield { line: start, error: `unterminated quoted field (gave up after ${parts} lines)` };
        pending = null;
      } else {
        pending = { text: joined, line: start, parts };
      }
      continue;
    }
    pending = null;
    if (fields.every((field) => field === '')) continue;
    yield { line: start, fields };
  }
  if (pending) yield { line: pending.line, error: 'unterminated quoted field at the end of the file' };
}
