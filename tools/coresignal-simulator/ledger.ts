/**
 * What the simulator billed and saw. The project's Coresignal adapter is checked against it, so it is exact:
 * a call is billed only when the simulator answered HTTP 200, at the price of the configured table.
 */

export type EndpointKind =
  | 'company_search'
  | 'company_preview'
  | 'company_collect'
  | 'company_enrich'
  | 'employee_search'
  | 'employee_preview'
  | 'employee_collect'
  | 'subscription';

export const ENDPOINT_KINDS: readonly EndpointKind[] = [
  'company_search',
  'company_preview',
  'company_collect',
  'company_enrich',
  'employee_search',
  'employee_preview',
  'employee_collect',
  'subscription',
];

/** Credits per call kind (CORESIGNAL.md price table, multi-source). preview is per call, collect/enrich per record. */
export interface PriceTable {
  search: number;
  preview: number;
  collect: number;
  enrich: number;
}

export const DEFAULT_PRICES: PriceTable = { search: 0, preview: 20, collect: 20, enrich: 20 };

/** One HTTP 200 answer of a data endpoint (searches included, at 0 credits). */
export interface LedgerCall {
  /** 1, 2, 3… in answer order */
  seq: number;
  /** ms since epoch (the simulator's clock) */
  at: number;
  apiKey: string;
  kind: Exclude<EndpointKind, 'subscription'>;
  method: string;
  /** path and query string as received */
  path: string;
  credits: number;
  /** collect / enrich: the record bought; preview: the records shown; search: the ids of the page returned */
  recordIds: number[];
}

/**
 * Every request that reached the simulator's API surface (admin endpoints excluded).
 * outcome: `accepted` passed auth and the rate limiter (whatever its final status), `rate_limited` was refused
 * by the limiter (429), `unauthorized` had no / a wrong key (401), `rejected` never got that far (404 outside
 * the API, 413).
 */
export interface LedgerRequest {
  at: number;
  apiKey: string | null;
  method: string;
  path: string;
  kind: EndpointKind | null;
  /** the HTTP status sent; 0 when the connection was dropped (fault) or the client went away first */
  status: number;
  outcome: 'accepted' | 'rate_limited' | 'unauthorized' | 'rejected';
  /** the injected fault, if any: '429', '500', '502', '503', 'drop', or 'latency:<ms>' */
  fault: string | null;
  /** the client closed the connection before the simulator answered (after injected latency): not processed */
  aborted: boolean;
}

export interface WebhookDelivery {
  at: number;
  url: string;
  notices: unknown[];
  status: number;
  error: string | null;
}

export interface KindTotals {
  calls: number;
  credits: number;
  records: number;
}

export interface SecondBucket {
  /** whole seconds since epoch */
  second: number;
  accepted: number;
  rejected: number;
}

export class Ledger {
  initialCredits: number;
  creditsSpent = 0;
  readonly byKind: Record<EndpointKind, KindTotals>;
  readonly calls: LedgerCall[] = [];
  readonly requests: LedgerRequest[] = [];
  readonly webhooks: WebhookDelivery[] = [];
  /** accepted request times per key, kept for rate proofs */
  private readonly acceptedAt = new Map<string, number[]>();
  private readonly rejectedAt = new Map<string, number[]>();

  constructor(
    credits: number,
    private readonly maxRequestLog = 200_000,
  ) {
    this.initialCredits = credits;
    this.byKind = Object.fromEntries(ENDPOINT_KINDS.map((k) => [k, { calls: 0, credits: 0, records: 0 }])) as Record<
      EndpointKind,
      KindTotals
    >;
  }

  get creditsRemaining(): number {
    return this.initialCredits - this.creditsSpent;
  }

  /** Sets the balance (e.g. to test 402) without touching what was spent so far. */
  setCreditsRemaining(credits: number): void {
    this.initialCredits = this.creditsSpent + credits;
  }

  charge(call: Omit<LedgerCall, 'seq'>): LedgerCall {
    const entry: LedgerCall = { ...call, seq: this.calls.length + 1 };
    this.calls.push(entry);
    this.creditsSpent += call.credits;
    const totals = this.byKind[call.kind];
    totals.calls++;
    totals.credits += call.credits;
    totals.records += call.recordIds.length;
    return entry;
  }

  recordRequest(entry: LedgerRequest): void {
    if (this.requests.length >= this.maxRequestLog) this.requests.splice(0, Math.ceil(this.maxRequestLog / 10));
    this.requests.push(entry);
    if (entry.apiKey === null) return;
    if (entry.outcome === 'accepted') push(this.acceptedAt, entry.apiKey, entry.at);
    else if (entry.outcome === 'rate_limited') push(this.rejectedAt, entry.apiKey, entry.at);
  }

  /** Calls that cost credits. */
  billedCalls(): LedgerCall[] {
    return this.calls.filter((c) => c.credits > 0);
  }

  /** How many times each record was bought by collect (and enrich, for companies). */
  purchases(dataset: 'company' | 'employee'): Map<number, number> {
    const counts = new Map<number, number>();
    for (const call of this.calls) {
      const bought =
        dataset === 'employee'
          ? call.kind === 'employee_collect'
          : call.kind === 'company_collect' || call.kind === 'company_enrich';
      if (!bought || call.credits === 0) continue;
      for (const id of call.recordIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }

  /** Records bought more than once, with the count. */
  duplicatePurchases(dataset: 'company' | 'employee'): Map<number, number> {
    return new Map([...this.purchases(dataset)].filter(([, n]) => n > 1));
  }

  /** Accepted / rate-limited requests per whole second (all keys, or one). */
  perSecond(apiKey?: string): SecondBucket[] {
    const buckets = new Map<number, SecondBucket>();
    const add = (times: Map<string, number[]>, field: 'accepted' | 'rejected'): void => {
      for (const [key, list] of times) {
        if (apiKey !== undefined && key !== apiKey) continue;
        for (const t of list) {
          const second = Math.floor(t / 1000);
          const b = buckets.get(second) ?? { second, accepted: 0, rejected: 0 };
          b[field]++;
          buckets.set(second, b);
        }
      }
    };
    add(this.acceptedAt, 'accepted');
    add(this.rejectedAt, 'rejected');
    return [...buckets.values()].sort((a, b) => a.second - b.second);
  }

  /** The most requests accepted from one key (or the given key) inside any sliding window of windowMs. */
  maxAcceptedInWindow(windowMs = 1000, apiKey?: string): number {
    let best = 0;
    for (const [key, list] of this.acceptedAt) {
      if (apiKey !== undefined && key !== apiKey) continue;
      const times = [...list].sort((a, b) => a - b);
      let start = 0;
      for (let end = 0; end < times.length; end++) {
        while (times[end]! - times[start]! >= windowMs) start++;
        best = Math.max(best, end - start + 1);
      }
    }
    return best;
  }

  /** How many requests the rate limiter refused (all keys, or one). */
  rateLimited(apiKey?: string): number {
    let n = 0;
    for (const [key, list] of this.rejectedAt) if (apiKey === undefined || key === apiKey) n += list.length;
    return n;
  }

  reset(credits?: number): void {
    this.initialCredits = credits ?? this.creditsRemaining;
    this.creditsSpent = 0;
    for (const k of ENDPOINT_KINDS) this.byKind[k] = { calls: 0, credits: 0, records: 0 };
    this.calls.length = 0;
    this.requests.length = 0;
    this.webhooks.length = 0;
    this.acceptedAt.clear();
    this.rejectedAt.clear();
  }

  /** A JSON-serialisable copy (GET /__simulator/ledger). */
  snapshot(): Record<string, unknown> {
    return {
      initialCredits: this.initialCredits,
      creditsSpent: this.creditsSpent,
      creditsRemaining: this.creditsRemaining,
      byKind: this.byKind,
      calls: this.calls,
      requests: this.requests.length,
      rateLimited: this.rateLimited(),
      maxAcceptedInWindow: this.maxAcceptedInWindow(),
      perSecond: this.perSecond(),
      duplicatePurchases: {
        company: Object.fromEntries(this.duplicatePurchases('company')),
        employee: Object.fromEntries(this.duplicatePurchases('employee')),
      },
      webhooks: this.webhooks,
    };
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
