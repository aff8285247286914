import { describe, expect, it } from '@jest/globals';
import { DEFAULT_RESOLUTION_RULE, decideResolution, rankCandidates } from './company-resolution.js';
import type { CompanyRecord } from './coresignal-records.js';
import type { CompanyCandidate } from './employee-data.port.js';

function company(id: number, employees: number | null = null): CompanyRecord {
  return { id, company_name: `Company ${id}`, employees_count: employees } as CompanyRecord;
}

function candidate(id: number, score: number, employees: number | null = null): CompanyCandidate {
  return { company: company(id, employees), score, reason: `test ${id}` };
}

describe('company resolution rule', () => {
  it('resolves a single strong candidate and reports how it matched', () => {
    const decision = decideResolution([candidate(1, 1)], 'website');
    expect(decision).toEqual({ status: 'resolved', company: company(1), matchedBy: 'website', candidates: [candidate(1, 1)] });
  });

  it('resolves only when the best is at least 0.85 and 0.1 ahead of the runner-up', () => {
    expect(decideResolution([candidate(1, 0.9), candidate(2, 0.8)], 'name').status).toBe('resolved');
    expect(decideResolution([candidate(1, 0.9), candidate(2, 0.81)], 'name').status).toBe('ambiguous');
    expect(decideResolution([candidate(1, 0.84)], 'name').status).toBe('ambiguous');
    expect(decideResolution([candidate(1, 0.85)], 'name').status).toBe('resolved');
  });

  it('lists the winner first and up to four runners-up whatever their score', () => {
    const all = [0.95, 0.6, 0.4, 0.3, 0.2, 0.1].map((s, i) => candidate(i + 1, s));
    const decision = decideResolution(all, 'name');
    expect(decision.status).toBe('resolved');
    if (decision.status !== 'resolved') return;
    expect(decision.company.id).toBe(1);
    expect(decision.candidates.map((c) => c.company.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it('is ambiguous between equal names, listing the plausible candidates, larger company first', () => {
    const decision = decideResolution([candidate(1, 1, 10), candidate(2, 1, 500), candidate(3, 0.55), candidate(4, 0.3)], 'name');
    expect(decision.status).toBe('ambiguous');
    if (decision.status !== 'ambiguous') return;
    expect(decision.candidates.map((c) => c.company.id)).toEqual([2, 1, 3]);
  });

  it('caps ambiguous candidates at ten', () => {
    const decision = decideResolution(Array.from({ length: 15 }, (_, i) => candidate(i + 1, 0.7)), 'name');
    expect(decision.status === 'ambiguous' && decision.candidates).toHaveLength(DEFAULT_RESOLUTION_RULE.maxCandidates);
  });

  it('is not_found below 0.5, with up to five suggestions above 0.2', () => {
    const decision = decideResolution([0.45, 0.4, 0.35, 0.3, 0.25, 0.22, 0.1].map((s, i) => candidate(i + 1, s)), 'name');
    expect(decision.status).toBe('not_found');
    if (decision.status !== 'not_found') return;
    expect(decision.suggestions.map((c) => c.company.id)).toEqual([1, 2, 3, 4, 5]);
    expect(decideResolution([], 'name')).toEqual({ status: 'not_found', suggestions: [] });
  });

  it('ranks deterministically and keeps one entry per company (its best score)', () => {
    const ranked = rankCandidates([candidate(3, 0.7), candidate(2, 0.7, 5), candidate(1, 0.7), candidate(3, 0.9), candidate(4, Number.NaN)]);
    expect(ranked.map((c) => [c.company.id, c.score])).toEqual([
      [3, 0.9],
      [2, 0.7],
      [1, 0.7],
    ]);
  });

  it('honours a custom rule', () => {
    const strict = { ...DEFAULT_RESOLUTION_RULE, resolveAt: 0.99 };
    expect(decideResolution([candidate(1, 0.95)], 'name', strict).status).toBe('ambiguous');
  });
});
