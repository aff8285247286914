import { describe, expect, it } from '@jest/globals';
import type { BuyerGroupRole } from '../../discovery/domain/buyer-group-role.js';
import type { ClassifiedCandidate } from '../../classification/domain/role-classifier.js';
import type { SeniorityLevel } from '../../classification/domain/title-taxonomy.js';
import { selectBuyerGroup } from './selection.js';
import { planGroupSize } from './sizing.js';

let n = 0;
function cand(role: BuyerGroupRole, confidence: number, over: Partial<ClassifiedCandidate> & { seniority?: SeniorityLevel; current?: boolean } = {}): ClassifiedCandidate {
  const id = over.personId ?? `p${++n}`;
  const { seniority, current, ...rest } = over;
  return {
    personId: id, name: id, title: `${role} ${id}`, department: null, function: 'sales', seniorityLevel: seniority ?? 'manager', role, confidence,
    scores: { [role]: confidence / 100 },
    reasons: ['test'],
    signals: {
      rules: { role, score: confidence / 100, scores: {}, authority: 0.5, functionMatch: 1, access: 0.5, relation: 'buying', function: 'sales', seniority: seniority ?? 'manager', excluded: null, reasons: [] },
      verification: current === false
        ? { current: false, status: 'not_current', notCurrentReason: 'works_elsewhere', score: 0, freshness: 0, ageDays: null, agreement: null, reasons: ['currently works at another company'] }
        : { current: true, status: 'verified', notCurrentReason: null, score: 1, freshness: 1, ageDays: 1, agreement: null, reasons: ['verified current 1 day ago'] },
      ai: null,
    },
    contact: { email: `${id}@acme.test`, emailStatus: 'verified', linkedin: `https://www.linkedin.com/in/${id}`, location: null },
    identity: { parentId: id, linkedin: id, email: `${id}@acme.test` },
    network: { connections: null, followers: null },
    reportsToId: null,
    reportingDepth: null,
    ...rest,
  };
}

const smb = planGroupSize({ employeeCount: 300 }); // target 6: dm 1, champion 2, stakeholder 1, blocker 1, introducer 1

describe('selection', () => {
  it('fills quotas with the best candidates first and reports unfilled quotas', () => {
    const pool = [cand('decision_maker', 90, { personId: 'dm-best', seniority: 'vp' }), cand('decision_maker', 70, { seniority: 'vp' }), cand('champion', 80), cand('champion', 75), cand('champion', 50), cand('stakeholder', 60)];
    const r = selectBuyerGroup({ candidates: pool, sizing: smb });
    // dm-best takes the one decision-maker seat; the second only joins as spill-over into an open seat
    expect(r.members.find((m) => m.personId === 'dm-best')!.reasons).not.toContainEqual(expect.stringContaining('open seat'));
    expect(r.members.filter((m) => m.role === 'decision_maker' && m.personId !== 'dm-best').every((m) => m.reasons.some((x) => x.includes('open seat')))).toBe(true);
    expect(r.members[0]!.personId).toBe('dm-best');
    expect(r.composition.champion).toBeGreaterThanOrEqual(2);
    expect(r.unfilled).toEqual(expect.arrayContaining([{ role: 'blocker', wanted: 1, found: 0 }, { role: 'introducer', wanted: 1, found: 0 }]));
    expect(r.members.length).toBeLessThanOrEqual(smb.target);
  });

  it('skips candidates below the eligibility threshold unless a minimum quota needs them', () => {
    const r = selectBuyerGroup({ candidates: [cand('decision_maker', 20, { personId: 'weak-dm' }), cand('stakeholder', 30, { personId: 'weak-st' }), cand('champion', 80)], sizing: smb });
    expect(r.members.map((m) => m.personId)).toContain('weak-dm');
    expect(r.members.map((m) => m.personId)).not.toContain('weak-st');
    expect(r.members.find((m) => m.personId === 'weak-dm')!.reasons).toContain('weak candidate: fills the only decision_maker seat');
  });

  it('promotes a runner-up when a minimum quota stays empty', () => {
    const head = cand('champion', 80, { personId: 'head-sales', scores: { champion: 0.8, decision_maker: 0.45 } });
    const r = selectBuyerGroup({ candidates: [head, cand('champion', 70)], sizing: smb });
    const m = r.members.find((x) => x.personId === 'head-sales')!;
    expect(m.role).toBe('decision_maker');
    expect(m.reasons.join(' ')).toContain('promoted from champion to decision_maker');
  });

  it('de-duplicates the same person by personId, parent id, LinkedIn URL or e-mail, keeping the best record', () => {
    const a = cand('champion', 80, { personId: 'a', identity: { parentId: 'x1', linkedin: 'ann', email: 'ann@acme.test' } });
    const sameLinkedIn = cand('champion', 60, { personId: 'b', identity: { parentId: 'x2', linkedin: 'ann', email: null } });
    const sameEmail = cand('champion', 70, { personId: 'c', identity: { parentId: 'x3', linkedin: null, email: 'ann@acme.test' } });
    const sameParent = cand('champion', 65, { personId: 'd', identity: { parentId: 'x1', linkedin: null, email: null } });
    const samePerson = cand('champion', 50, { personId: 'a', identity: { parentId: null, linkedin: null, email: null } });
    const r = selectBuyerGroup({ candidates: [sameLinkedIn, sameEmail, a, sameParent, samePerson], sizing: smb });
    expect(r.members.map((m) => m.personId)).toEqual(['a']);
    expect(r.dropped.filter((d) => d.reason === 'duplicate')).toHaveLength(4);
  });

  it('never selects non-current people, even pinned ones, and reports them', () => {
    const r = selectBuyerGroup({ candidates: [cand('decision_maker', 95, { personId: 'left', current: false }), cand('decision_maker', 60)], sizing: smb, overrides: { pinned: ['left'] } });
    expect(r.members.map((m) => m.personId)).not.toContain('left');
    expect(r.dropped).toContainEqual({ personId: 'left', reason: 'not_current', detail: 'currently works at another company', pinned: true });
  });

  it('respects user overrides: pinned kept beyond quotas, excluded never, user roles kept', () => {
    const pool = [
      cand('decision_maker', 95, { personId: 'dm1' }),
      cand('decision_maker', 40, { personId: 'dm-pinned' }),
      cand('champion', 90, { personId: 'excluded' }),
      cand('champion', 60, { personId: 'rerole' }),
      cand('champion', 55),
    ];
    const r = selectBuyerGroup({ candidates: pool, sizing: smb, overrides: { pinned: ['dm-pinned'], excluded: ['excluded'], roles: { rerole: 'blocker' } } });
    const ids = r.members.map((m) => m.personId);
    expect(ids).toContain('dm-pinned');
    expect(ids).not.toContain('excluded');
    expect(r.members.find((m) => m.personId === 'dm-pinned')).toMatchObject({ pinned: true, role: 'decision_maker' });
    expect(r.members.find((m) => m.personId === 'rerole')).toMatchObject({ role: 'blocker', roleSetByUser: true });
    // the pinned one filled the decision-maker seat: dm1 only joins as spill-over into an open seat
    expect(r.members.find((m) => m.personId === 'dm1')?.reasons ?? ['open seat']).toContainEqual(expect.stringContaining('open seat'));
    expect(r.dropped).toContainEqual({ personId: 'excluded', reason: 'excluded_by_user', detail: 'excluded by user', pinned: false });
  });

  it('adds cross-functional coverage members on bigger deals', () => {
    const s = planGroupSize({ employeeCount: 3_000, dealSize: 'enterprise' });
    const fin = cand('stakeholder', 60, { personId: 'fin', function: 'finance' });
    const pool = [cand('decision_maker', 90), ...Array.from({ length: 12 }, () => cand('stakeholder', 80)), fin];
    const r = selectBuyerGroup({ candidates: pool, sizing: s });
    expect(r.members.find((m) => m.personId === 'fin')!.reasons).toContain('added for financial coverage');
    expect(r.uncoveredAreas).toEqual(expect.arrayContaining(['risk', 'technical']));
  });
});
