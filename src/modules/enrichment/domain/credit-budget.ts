/** Thrown before a call that would spend more credits than the request's budget allows; nothing was spent. */
export class CreditBudgetExceededError extends Error {
  constructor(
    readonly needed: number,
    readonly remaining: number,
  ) {
    super(`credit budget exceeded: the next call needs ${needed} credits and ${remaining} remain`);
    this.name = 'CreditBudgetExceededError';
  }
}

export type CreditKind = 'search' | 'preview' | 'collect' | 'enrich';

/**
 * Credits a single request may spend. Callers reserve the price of a call before making it, so the budget stops
 * spending before it would be exceeded; `spent` reports what was actually billed, by kind.
 */
export class CreditBudget {
  private readonly byKind: Record<CreditKind, number> = { search: 0, preview: 0, collect: 0, enrich: 0 };

  constructor(readonly limit: number = Number.POSITIVE_INFINITY) {
    if (!(limit >= 0)) throw new RangeError('a credit budget cannot be negative');
  }

  get spent(): number {
    return this.byKind.search + this.byKind.preview + this.byKind.collect + this.byKind.enrich;
  }

  get remaining(): number {
    return this.limit - this.spent;
  }

  /** Throws CreditBudgetExceededError when `credits` more would pass the limit. */
  ensure(credits: number): void {
    if (credits > this.remaining) throw new CreditBudgetExceededError(credits, this.remaining);
  }

  record(kind: CreditKind, credits: number): void {
    this.byKind[kind] += credits;
  }

  breakdown(): Record<CreditKind | 'total', number> {
    return { ...this.byKind, total: this.spent };
  }
}
