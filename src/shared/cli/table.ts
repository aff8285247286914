/** A plain-text table for human CLI output: one header row, columns padded to their widest cell. */
export function renderTable(headers: string[], rows: Array<Array<string | number | null | undefined>>): string {
  const cells = rows.map((row) => headers.map((_, index) => String(row[index] ?? '')));
  const widths = headers.map((header, index) => Math.max(header.length, ...cells.map((row) => row[index].length)));
  const line = (row: string[]) => row.map((cell, index) => cell.padEnd(widths[index])).join('  ').trimEnd();
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
}
