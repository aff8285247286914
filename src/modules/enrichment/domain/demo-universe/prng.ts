/**
 * Seeded pseudo-random numbers for the demo universe: no Math.random, so the same seed always gives the same data.
 * `Rng` is sfc32 (small, fast, good statistical quality); seeds are mixed with a 32-bit string/number hash so that
 * independent streams (per company, per employee) can be derived without generating anything before them.
 */

// bound once: global lookups are slow inside vm contexts (Jest)
const { imul, floor, sqrt } = Math;

/** 32-bit hash (FNV-1a over the parts, then murmur3's finaliser). */
export function hash32(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    if (typeof part === 'number') {
      // integers up to 2^53 as two 32-bit halves (a tag keeps numbers apart from strings)
      h ^= 0x9e;
      h = imul(h, 0x01000193);
      h ^= part >>> 0;
      h = imul(h, 0x01000193);
      h ^= floor(part / 4294967296) >>> 0;
      h = imul(h, 0x01000193);
    } else {
      for (let i = 0; i < part.length; i++) {
        h ^= part.charCodeAt(i);
        h = imul(h, 0x01000193);
      }
    }
    h ^= 0x2f; // separator, so ('ab','c') differs from ('a','bc')
    h = imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(...seedParts: (string | number)[]) {
    this.a = hash32('a', ...seedParts);
    this.b = hash32('b', ...seedParts);
    this.c = hash32('c', ...seedParts);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** uniform in [0, 1) */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** integer in [min, max] inclusive */
  int(min: number, max: number): number {
    return min + floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[floor(this.next() * items.length)]!;
  }

  /** weighted choice over [item, weight] pairs */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of pairs) total += w;
    let r = this.next() * total;
    for (const [item, w] of pairs) {
      r -= w;
      if (r < 0) return item;
    }
    return pairs[pairs.length - 1]![0];
  }

  /** approximately normal (Irwin–Hall, 4 draws), mean 0, sd 1 */
  normal(): number {
    return (this.next() + this.next() + this.next() + this.next() - 2) * sqrt(3);
  }

  /** Fisher–Yates shuffle in place */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = floor(this.next() * (i + 1));
      const tmp = items[i]!;
      items[i] = items[j]!;
      items[j] = tmp;
    }
    return items;
  }
}
