import { describe, expect, it } from '@jest/globals';
import { influenceScore, networkReach, priorityOf } from './influence.js';

describe('influence', () => {
  it('grows with seniority, function relevance, closeness to the top and network', () => {
    const vp = influenceScore({ seniority: 'vp', functionMatch: 1 });
    const mgr = influenceScore({ seniority: 'manager', functionMatch: 1 });
    const adjacentVp = influenceScore({ seniority: 'vp', functionMatch: 0.6 });
    expect(vp).toBeGreaterThan(mgr);
    expect(vp).toBeGreaterThan(adjacentVp);
    expect(influenceScore({ seniority: 'vp', functionMatch: 1, reportingDepth: 1 })).toBeGreaterThan(influenceScore({ seniority: 'vp', functionMatch: 1, reportingDepth: 4 }));
    expect(influenceScore({ seniority: 'manager', functionMatch: 1, connections: 500 })).toBeGreaterThan(influenceScore({ seniority: 'manager', functionMatch: 1, connections: 20 }));
    expect(influenceScore({ seniority: 'c_level', functionMatch: 1, reportingDepth: 0, connections: 500 })).toBe(100);
    expect(influenceScore({ seniority: 'junior', functionMatch: 0 })).toBeLessThan(15);
  });

  it('network reach is the better of connections and followers', () => {
    expect(networkReach(null, null)).toBeNull();
    expect(networkReach(500, 0)).toBe(1);
    expect(networkReach(0, 10_000)).toBe(1);
  });

  it('priority: 1 for influential decision makers, later for weaker and less central members, within 1..10', () => {
    expect(priorityOf('decision_maker', 95, 80)).toBe(1);
    expect(priorityOf('champion', 70, 80)).toBe(3);
    expect(priorityOf('introducer', 10, 30)).toBe(10);
    expect(priorityOf('stakeholder', 80, 80)).toBeGreaterThan(priorityOf('champion', 80, 80));
  });
});
