/** Suggestions for a misspelt or partial name among known ones ("Sofware" → Software, "health" → Healthcare). Pure. */

const norm = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Edit distance (insertions, deletions, substitutions, adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Known names close to `input`, best first (at most `limit`): within a quarter of the length in edits (at least
 * one), containing / contained in it (3+ letters), or sharing a stem (a common start of 4+ letters and 70 % of the
 * shorter: "industry" → industries, "Finance" → Financial Services). Ties: fewer edits, then alphabetical.
 */
export function closeMatches(input: string, known: readonly string[], limit = 3): string[] {
  const wanted = norm(input);
  if (wanted === '') return [];
  const scored: { name: string; distance: number }[] = [];
  for (const name of known) {
    const candidate = norm(name);
    if (candidate === '') continue;
    const distance = editDistance(wanted, candidate);
    const near = distance <= Math.max(1, Math.floor(Math.max(wanted.length, candidate.length) / 4));
    const contains = wanted.length >= 3 && (candidate.includes(wanted) || (candidate.length >= 3 && wanted.includes(candidate)));
    const prefix = commonPrefix(wanted, candidate);
    const stem = prefix >= 4 && prefix >= 0.7 * Math.min(wanted.length, candidate.length);
    if (near || contains || stem) scored.push({ name, distance: near ? distance : distance + 100 });
  }
  scored.sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name));
  return [...new Set(scored.map((s) => s.name))].slice(0, limit);
}
