/**
 * Org plan of one company: which C-suite seats exist, how the headcount splits over functions, and the layers of each
 * function (VP → director → manager → individual contributors). The plan is arithmetic (a few numbers per function),
 * so company records can carry department/seniority breakdowns and key executives without generating employees;
 * `positions()` then materialises it, one position per current employee, with reporting lines.
 *
 * Employee numbering inside a company (employee id = companyId * 1,000,000 + n):
 * n = 1 is the CEO, n = 2..E the other C-suite seats, then every function's people top layer first; n in
 * 1..headcount are exactly the current employees. Records after the headcount are leavers, then duplicate profiles,
 * then deleted profiles.
 */
import type { ManagementLevel } from '../coresignal-records.js';
import { BASE_MIX, type Industry } from './industries.js';
import { Rng } from './prng.js';
import { FN_DEPARTMENT, FN_REPORTS_TO, type ExecRole, type Fn, type Slot } from './titles.js';

// bound once: global lookups are slow inside vm contexts (Jest)
const { floor, ceil, round, min, max } = Math;

export const FUNCTIONS: readonly Fn[] = [
  'sales', 'bizdev', 'marketing', 'customer_success', 'support', 'finance', 'procurement', 'legal', 'security', 'it',
  'engineering', 'product', 'data', 'operations', 'frontline', 'hr', 'admin',
];

const REGIONAL_FNS: ReadonlySet<Fn> = new Set(['sales', 'bizdev', 'marketing', 'customer_success', 'support', 'operations', 'frontline']);

export interface Unit {
  fn: Fn;
  department: string;
  /** index into OrgPlan.execs of the exec the unit's top layer reports to */
  parentExec: number;
  /** people per layer, top first; the last layer is the individual contributors */
  layers: number[];
  /** management level and title slot of each leader layer (layers.length - 1 entries) */
  leaderLevels: ManagementLevel[];
  leaderSlots: Slot[];
  /** individual contributors by slot, in this order: senior, mid, junior, intern */
  ics: { senior: number; mid: number; junior: number; intern: number };
  /** top-layer people each lead one region */
  regional: boolean;
  /** n of the unit's first person */
  firstN: number;
  size: number;
}

export interface ExecTurnover {
  /** index into OrgPlan.execs of the seat whose previous holder left */
  seat: number;
  departedMonthsAgo: number;
  arrivedMonthsAgo: number;
}

export interface OrgPlan {
  headcount: number;
  execs: ExecRole[];
  units: Unit[];
  /** regions of regional leaders, home region first (empty below 1,000 employees) */
  regions: string[];
  leavers: number;
  duplicates: number;
  deleted: number;
  execTurnover: ExecTurnover | null;
}

export interface Position {
  n: number;
  fn: Fn | 'executive';
  exec: ExecRole | null;
  department: string;
  level: ManagementLevel;
  slot: Slot | 'exec';
  reportsTo: number | null;
  region: string | null;
  /** leads its function (top leader layer, or a C-suite seat) */
  head: boolean;
}

function seats(rng: Rng, h: number, industry: Industry): ExecRole[] {
  const s: ExecRole[] = ['CEO'];
  const add = (role: ExecRole, p: number) => {
    if (rng.chance(p)) s.push(role);
  };
  if (h < 10) {
    add(industry.tech ? 'CTO' : 'COO', industry.tech ? 0.5 : 0.15);
  } else if (h < 50) {
    add('CTO', industry.tech ? 0.85 : 0.1);
    add('COO', 0.3);
    add('CFO', 0.1);
  } else if (h < 200) {
    add('CTO', industry.tech ? 0.95 : 0.3);
    add('COO', 0.5);
    add('CFO', 0.6);
    add(rng.chance(0.6) ? 'CRO' : 'CSO', 0.4);
    add('CMO', 0.3);
    add('CPO', industry.tech ? 0.2 : 0);
  } else if (h < 1000) {
    add('CFO', 0.95);
    add('CTO', industry.tech ? 1 : 0.5);
    add('COO', 0.7);
    add(rng.chance(0.6) ? 'CRO' : 'CSO', 0.7);
    add('CMO', 0.6);
    add('CHRO', 0.45);
    add('GC', 0.35);
    add('CPO', industry.tech ? 0.4 : 0);
    add('CISO', industry.name === 'Cybersecurity' ? 0.6 : 0.15);
    add('CIO', 0.15);
  } else {
    s.push('CFO', 'COO');
    add('CTO', industry.tech ? 1 : 0.8);
    s.push(rng.chance(0.6) ? 'CRO' : 'CSO');
    add('CMO', 0.9);
    add('CHRO', 0.85);
    add('GC', 0.85);
    add('CISO', h >= 2000 || industry.name === 'Cybersecurity' ? 0.85 : 0.5);
    add('CIO', 0.6);
    add('CPO', industry.tech ? 0.7 : 0.1);
    add('CDO', 0.3);
    add('CCO', 0.3);
  }
  return s;
}

/** Largest-remainder split of `total` over weights. */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w / sum) * total);
  const out = exact.map(Math.floor);
  let rest = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) out[order[k]![1]]!++;
  return out;
}

function layersFor(n: number, fn: Fn, h: number, topMax: number, rng: Rng): number[] {
  if (n <= 2 || (n <= 4 && h < 30)) return [n];
  const span0 = (fn === 'frontline' ? 10 : 7) + rng.int(-1, 1);
  const spanUp = 5;
  const leaders = (c: number): number[] => {
    const arr: number[] = [];
    let x = c;
    for (;;) {
      const l = ceil(x / (arr.length === 0 ? span0 : spanUp));
      arr.push(l);
      if (l <= topMax) return arr;
      x = l;
    }
  };
  const total = (c: number) => c + leaders(c).reduce((a, b) => a + b, 0);
  let lo = 1;
  let hi = n - 1;
  while (lo < hi) {
    const mid = ceil((lo + hi) / 2);
    if (total(mid) <= n) lo = mid;
    else hi = mid - 1;
  }
  const arr = leaders(lo);
  const ics = n - arr.reduce((a, b) => a + b, 0); // the slack goes to the individual contributors
  return [...arr.reverse(), ics];
}

function leaderLevels(layers: number[], n: number, h: number, rng: Rng): { levels: ManagementLevel[]; slots: Slot[] } {
  const l = layers.length - 1;
  const levels: ManagementLevel[] = [];
  const slots: Slot[] = [];
  if (l === 0) return { levels, slots };
  let top: [ManagementLevel, Slot];
  if ((h >= 1000 && n >= 100) || (h >= 300 && n >= 40)) top = ['VP-Level', 'vp'];
  else if (n >= 15) top = ['Director', h < 200 || rng.chance(0.5) ? 'head' : 'director'];
  else if (n >= 5) top = ['Director', 'head'];
  else top = ['Manager', 'manager'];
  levels.push(top[0]);
  slots.push(top[1]);
  for (let k = 1; k < l; k++) {
    if (k === l - 1 || (l >= 5 && k === l - 2)) {
      levels.push('Manager');
      slots.push('manager');
    } else if (top[0] === 'VP-Level' && k === 1 && l >= 5) {
      levels.push('VP-Level');
      slots.push('vp');
    } else {
      levels.push('Director');
      slots.push('director');
    }
  }
  return { levels, slots };
}

export function planOrg(seed: number, companyId: number, headcount: number, industry: Industry, homeRegion: string): OrgPlan {
  const rng = new Rng(seed, companyId, 'org');
  const h = max(1, floor(headcount));
  const execs = seats(rng, h, industry).slice(0, h);
  const rest = h - execs.length;

  const weights = FUNCTIONS.map((fn) => {
    const w = fn === 'frontline' && !industry.frontline ? 0 : (industry.mix[fn] ?? BASE_MIX[fn]);
    return w * (0.7 + 0.6 * rng.next());
  });
  const counts = apportion(rest, weights);
  if (rest >= 150) {
    const required: Fn[] = ['sales', 'marketing', 'finance', 'procurement', 'legal', 'it', 'hr', 'operations'];
    if (rest >= 300) required.push('security', 'admin');
    for (const fn of required) {
      const i = FUNCTIONS.indexOf(fn);
      if (counts[i]! > 0) continue;
      const biggest = counts.indexOf(max(...counts));
      counts[biggest]!--;
      counts[i] = fn === 'legal' || fn === 'procurement' || fn === 'security' ? 1 : 2;
      counts[biggest]! -= counts[i]! - 1;
    }
  }

  const regions: string[] = [];
  if (h >= 1000) {
    regions.push(homeRegion);
    const others = rng.shuffle(['EMEA', 'North America', 'APAC', 'LATAM'].filter((r) => r !== homeRegion));
    const extra = h >= 20000 ? 3 : h >= 5000 ? 2 : rng.int(1, 2);
    regions.push(...others.slice(0, extra));
  }

  const units: Unit[] = [];
  let next = execs.length + 1;
  FUNCTIONS.forEach((fn, i) => {
    const n = counts[i]!;
    if (n <= 0) return;
    const regional = regions.length > 1 && REGIONAL_FNS.has(fn) && n >= 150;
    const layers = layersFor(n, fn, h, regional ? regions.length : 1, rng);
    const { levels, slots } = leaderLevels(layers, n, h, rng);
    const c = layers[layers.length - 1]!;
    const intern = h >= 50 ? floor(c * 0.04) : 0;
    const senior = round(c * 0.28);
    const mid = min(c - senior - intern, round(c * 0.38));
    const department = fn === 'frontline' ? industry.frontline!.department : FN_DEPARTMENT[fn];
    const parentRole = fn === 'admin' ? undefined : FN_REPORTS_TO[fn].find((r) => execs.includes(r));
    units.push({
      fn,
      department,
      parentExec: parentRole ? execs.indexOf(parentRole) : 0,
      layers,
      leaderLevels: levels,
      leaderSlots: slots,
      ics: { senior, mid, junior: c - senior - mid - intern, intern },
      regional: regional && layers.length > 1 && layers[0]! > 1,
      firstN: next,
      size: n,
    });
    next += n;
  });

  const frac = (x: number) => floor(x) + (rng.next() < x - floor(x) ? 1 : 0);
  const leavers = h < 10 ? (rng.chance(0.3) ? 1 : 0) : frac(h * (0.02 + 0.03 * rng.next()));
  const duplicates = frac(h * 0.01);
  const deleted = frac(h * 0.005);
  let execTurnover: ExecTurnover | null = null;
  if (h >= 200 && execs.length > 1 && leavers > 0 && rng.chance(0.4)) {
    const departedMonthsAgo = rng.int(1, 11);
    execTurnover = { seat: rng.int(1, execs.length - 1), departedMonthsAgo, arrivedMonthsAgo: max(0, departedMonthsAgo - rng.int(0, 3)) };
  }
  return { headcount: h, execs, units, regions, leavers, duplicates, deleted, execTurnover };
}

/** Current employees per Coresignal department and per management level, as the company record reports them. */
export function breakdowns(plan: OrgPlan): { byDepartment: Record<string, number>; bySeniority: Record<string, number> } {
  const byDepartment: Record<string, number> = {};
  const bySeniority: Record<string, number> = {};
  const add = (rec: Record<string, number>, key: string, k: number) => {
    if (k > 0) rec[key] = (rec[key] ?? 0) + k;
  };
  add(byDepartment, 'C-Suite', plan.execs.length);
  add(bySeniority, 'C-Level', plan.execs.length);
  for (const u of plan.units) {
    add(byDepartment, u.department, u.size);
    u.leaderLevels.forEach((lvl, k) => add(bySeniority, lvl, u.layers[k]!));
    add(bySeniority, 'Senior', u.ics.senior);
    add(bySeniority, 'Mid-Level', u.ics.mid);
    add(bySeniority, 'Specialist', u.ics.junior);
    add(bySeniority, 'Intern', u.ics.intern);
  }
  return { byDepartment, bySeniority };
}

const IC_LEVEL: Record<'senior' | 'mid' | 'junior' | 'intern', ManagementLevel> = {
  senior: 'Senior',
  mid: 'Mid-Level',
  junior: 'Specialist',
  intern: 'Intern',
};

/** The C-suite positions (n = 1..E). */
export function execPositions(plan: OrgPlan): Position[] {
  return plan.execs.map((role, i) => ({
    n: i + 1,
    fn: 'executive' as const,
    exec: role,
    department: 'C-Suite',
    level: 'C-Level' as const,
    slot: 'exec' as const,
    reportsTo: i === 0 ? null : 1,
    region: null,
    head: true,
  }));
}

/** Every current employee's position, in n order (n = 1..headcount). */
export function positions(plan: OrgPlan): Position[] {
  const out: Position[] = execPositions(plan);
  for (const u of plan.units) {
    let layerStart = u.firstN;
    let prevStart = 0;
    let prevRegions: (string | null)[] = [];
    u.layers.forEach((count, k) => {
      const isIc = k === u.layers.length - 1;
      const regionsHere: (string | null)[] = new Array(count);
      const prevCount = k === 0 ? 0 : u.layers[k - 1]!;
      for (let j = 0; j < count; j++) {
        let reportsTo: number;
        let region: string | null;
        if (k === 0) {
          reportsTo = u.parentExec + 1;
          region = u.regional ? plan.regions[j % plan.regions.length]! : null;
        } else {
          const p = isIc ? j % prevCount : floor((j * prevCount) / count);
          reportsTo = prevStart + p;
          region = prevRegions[p]!;
        }
        regionsHere[j] = region;
        let level: ManagementLevel;
        let slot: Slot;
        if (!isIc) {
          level = u.leaderLevels[k]!;
          slot = u.leaderSlots[k]!;
        } else {
          const { senior, mid, intern } = u.ics;
          slot = j < senior ? 'senior' : j < senior + mid ? 'mid' : j >= count - intern ? 'intern' : 'junior';
          level = IC_LEVEL[slot as 'senior'];
        }
        out.push({ n: layerStart + j, fn: u.fn, exec: null, department: u.department, level, slot, reportsTo, region, head: k === 0 && !isIc });
      }
      prevStart = layerStart;
      prevRegions = regionsHere;
      layerStart += count;
    });
  }
  return out;
}

/** Heads of functions at VP level (listed as key executives besides the C-suite). */
export function vpHeadPositions(plan: OrgPlan): Position[] {
  const out: Position[] = [];
  for (const u of plan.units) {
    if (u.leaderLevels[0] !== 'VP-Level') continue;
    for (let j = 0; j < u.layers[0]!; j++) {
      out.push({
        n: u.firstN + j,
        fn: u.fn,
        exec: null,
        department: u.department,
        level: 'VP-Level',
        slot: u.leaderSlots[0]!,
        reportsTo: u.parentExec + 1,
        region: u.regional ? plan.regions[j % plan.regions.length]! : null,
        head: true,
      });
    }
  }
  return out;
}
