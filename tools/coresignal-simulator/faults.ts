import type { EndpointKind } from './ledger.js';

/**
 * Fault injection. Which endpoints a rule touches is a list of selectors: an endpoint kind
 * ('employee_collect', …), an operation ('search' | 'preview' | 'collect' | 'enrich' | 'subscription'), a dataset
 * ('company' | 'employee') or 'all' (the default).
 *
 * Order per request: the script (if it still has steps for this endpoint) decides; otherwise each rule in turn
 * (a rule in the middle of a burst fires again; else it fires with its probability). Latency is added in every case
 * (before the fault or the real answer). Random draws come from a PRNG seeded by `seed`, so runs repeat.
 */
export type EndpointSelector =
  | EndpointKind
  | 'search'
  | 'preview'
  | 'collect'
  | 'enrich'
  | 'company'
  | 'employee'
  | 'all';

export type FaultStatus = 429 | 500 | 502 | 503;

/** 'drop' destroys the socket without an answer; a status answers `{"detail": …}` with it. */
export type FaultAction = 'drop' | FaultStatus;

/** A scripted step: let the request through, drop it, answer a status, optionally after extra latency. */
export type FaultStep = 'pass' | FaultAction | { action?: 'pass' | FaultAction; latencyMs?: number };

export interface FaultRule {
  endpoints?: EndpointSelector[];
  action: FaultAction;
  /** chance (0..1) that a matching request starts the fault */
  probability: number;
  /** once fired, this many consecutive matching requests get it (default 1): a 429 burst */
  burst?: number;
}

export interface FaultConfig {
  latency?: { fixedMs?: number; jitterMs?: number; endpoints?: EndpointSelector[] };
  rules?: FaultRule[];
  /** consumed one step per matching request, in order, before the rules */
  script?: { endpoints?: EndpointSelector[]; steps: FaultStep[] };
  /** PRNG seed for probabilities and jitter (default 1) */
  seed?: number;
}

export interface FaultDecision {
  latencyMs: number;
  action: FaultAction | null;
}

const OPERATION: Record<EndpointKind, string> = {
  company_search: 'search',
  company_preview: 'preview',
  company_collect: 'collect',
  company_enrich: 'enrich',
  employee_search: 'search',
  employee_preview: 'preview',
  employee_collect: 'collect',
  subscription: 'subscription',
};

export function selects(selectors: EndpointSelector[] | undefined, kind: EndpointKind): boolean {
  if (!selectors || selectors.length === 0) return true;
  return selectors.some(
    (s) => s === 'all' || s === kind || s === OPERATION[kind] || (kind !== 'subscription' && kind.startsWith(s + '_')),
  );
}

const STATUSES = new Set([429, 500, 502, 503]);

function checkAction(action: unknown, where: string): void {
  if (action === 'drop' || (typeof action === 'number' && STATUSES.has(action))) return;
  throw new Error(`${where}: action must be "drop", 429, 500, 502 or 503, got ${JSON.stringify(action)}`);
}

/** Throws on a malformed configuration (the simulator answers 422 to POST /__simulator/faults with it). */
export function validateFaultConfig(config: FaultConfig): void {
  if (config === null || typeof config !== 'object') throw new Error('faults: expected an object');
  const lat = config.latency;
  if (lat !== undefined) {
    for (const f of ['fixedMs', 'jitterMs'] as const) {
      const v = lat[f];
      if (v !== undefined && (typeof v !== 'number' || v < 0 || !Number.isFinite(v))) {
        throw new Error(`faults.latency.${f}: must be a number >= 0`);
      }
    }
  }
  for (const [i, rule] of (config.rules ?? []).entries()) {
    checkAction(rule.action, `faults.rules[${i}]`);
    if (typeof rule.probability !== 'number' || rule.probability < 0 || rule.probability > 1) {
      throw new Error(`faults.rules[${i}].probability: must be between 0 and 1`);
    }
    if (rule.burst !== undefined && (!Number.isInteger(rule.burst) || rule.burst < 1)) {
      throw new Error(`faults.rules[${i}].burst: must be an integer >= 1`);
    }
  }
  if (config.script !== undefined) {
    if (!Array.isArray(config.script.steps)) throw new Error('faults.script.steps: must be an array');
    for (const [i, step] of config.script.steps.entries()) {
      if (step === 'pass') continue;
      if (typeof step === 'object' && step !== null) {
        if (step.action !== undefined && step.action !== 'pass') checkAction(step.action, `faults.script.steps[${i}]`);
        if (step.latencyMs !== undefined && (typeof step.latencyMs !== 'number' || step.latencyMs < 0)) {
          throw new Error(`faults.script.steps[${i}].latencyMs: must be a number >= 0`);
        }
        continue;
      }
      checkAction(step, `faults.script.steps[${i}]`);
    }
  }
}

/** mulberry32 */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultInjector {
  private config: FaultConfig = {};
  private random: () => number = prng(1);
  private scriptPos = 0;
  private burstLeft: number[] = [];

  constructor(config: FaultConfig = {}) {
    this.set(config);
  }

  get current(): FaultConfig {
    return this.config;
  }

  /** Replaces the configuration and restarts the script, bursts and PRNG. */
  set(config: FaultConfig): void {
    validateFaultConfig(config);
    this.config = structuredClone(config);
    this.random = prng(config.seed ?? 1);
    this.scriptPos = 0;
    this.burstLeft = (config.rules ?? []).map(() => 0);
  }

  /** Steps of the script not consumed yet. */
  get scriptRemaining(): number {
    return Math.max(0, (this.config.script?.steps.length ?? 0) - this.scriptPos);
  }

  decide(kind: EndpointKind): FaultDecision {
    let latencyMs = 0;
    const lat = this.config.latency;
    if (lat && selects(lat.endpoints, kind)) {
      latencyMs += (lat.fixedMs ?? 0) + (lat.jitterMs ? this.random() * lat.jitterMs : 0);
    }
    const script = this.config.script;
    if (script && this.scriptPos < script.steps.length && selects(script.endpoints, kind)) {
      const step = script.steps[this.scriptPos++]!;
      if (typeof step === 'object') {
        latencyMs += step.latencyMs ?? 0;
        return { latencyMs, action: step.action === undefined || step.action === 'pass' ? null : step.action };
      }
      return { latencyMs, action: step === 'pass' ? null : step };
    }
    const rules = this.config.rules ?? [];
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!;
      if (!selects(rule.endpoints, kind)) continue;
      if (this.burstLeft[i]! > 0) {
        this.burstLeft[i]!--;
        return { latencyMs, action: rule.action };
      }
      if (rule.probability > 0 && this.random() < rule.probability) {
        this.burstLeft[i] = (rule.burst ?? 1) - 1;
        return { latencyMs, action: rule.action };
      }
    }
    return { latencyMs, action: null };
  }
}
