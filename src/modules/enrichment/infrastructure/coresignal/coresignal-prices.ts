/**
 * Coresignal's credit prices (../../../../../../shared/spec/CORESIGNAL.md, "Credits", 2026). Configuration, not
 * constants: a contract with other prices passes its own table to the provider.
 */
export interface CoresignalPriceTable {
  /** es_dsl search, ids only */
  search: number;
  /** es_dsl/preview, multi-source, per call (up to 20 records) */
  preview: number;
  /** collect, multi-source, per record */
  collect: number;
  /** company enrich by website, per record */
  enrich: number;
  /** collect from the base / clean datasets, per record (not used by the multi-source adapter today) */
  baseCollect: number;
}

export const DEFAULT_CORESIGNAL_PRICES: Readonly<CoresignalPriceTable> = Object.freeze({
  search: 0,
  preview: 20,
  collect: 20,
  enrich: 20,
  baseCollect: 10,
});

/** The defaults with the given overrides; every price must be a finite number ≥ 0. */
export function coresignalPrices(overrides: Partial<CoresignalPriceTable> = {}): CoresignalPriceTable {
  const table: CoresignalPriceTable = { ...DEFAULT_CORESIGNAL_PRICES };
  for (const [key, value] of Object.entries(overrides) as [keyof CoresignalPriceTable, number | undefined][]) {
    if (value === undefined) continue;
    if (!(key in DEFAULT_CORESIGNAL_PRICES)) throw new RangeError(`unknown Coresignal price "${key}"`);
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new RangeError(`Coresignal price "${key}" must be a number >= 0, got ${String(value)}`);
    }
    table[key] = value;
  }
  return table;
}
