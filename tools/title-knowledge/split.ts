/**
 * Deterministic train/dev split of the curated benchmark files (department-v2.csv, seniority-v2.csv): a row is
 * in the dev set when the FNV-1a hash of its text is ≡ 0 mod 5 (≈ 20 %). The generator learns vocabulary from the
 * train part only; the benchmark reports accuracy on the dev part. title-eval.csv is never used for either.
 */
export function isDevRow(text: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 5 === 0;
}
