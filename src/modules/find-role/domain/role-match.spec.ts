import { describe, expect, it } from '@jest/globals';
import type { EmployeePreview } from '../../enrichment/domain/coresignal-records.js';
import { allRoles, fallbackChain, roleByKey } from './role-catalog.js';
import { matchTitle } from './role-match.js';
import { EXCLUDED_TITLE_PHRASES, confidenceOf, planRoleSearches, rankPeople, unionOf } from './role-search.js';

const chainOf = (key: string) => fallbackChain(roleByKey(key)!);
const CFO = chainOf('cfo');

function tierOf(title: string, chain = CFO): number | 'excluded' | null {
  const verdict = matchTitle(title, chain);
  if ('excluded' in verdict) return 'excluded';
  return verdict.match ? verdict.match.tier : null;
}

function preview(id: number, title: string, level: EmployeePreview['active_experience_management_level'] = null): EmployeePreview {
  return {
    id,
    full_name: `Person ${id}`,
    professional_network_url: null,
    headline: null,
    location_full: null,
    location_country: null,
    connections_count: null,
    followers_count: null,
    company_name: 'Acme',
    company_website: null,
    company_industry: null,
    active_experience_title: title,
    active_experience_department: null,
    active_experience_management_level: level,
    _score: 1,
  };
}

describe('the role catalog', () => {
  it('falls back CFO → VP Finance → Head of Finance → Finance Director', () => {
    expect(CFO.map((role) => role.label)).toEqual(['CFO', 'VP Finance', 'Head of Finance', 'Finance Director']);
  });

  it('gives every role title phrases, a function and fallbacks that exist', () => {
    for (const role of allRoles()) {
      expect(role.searchPhrases.length).toBeGreaterThan(0);
      expect(role.matchPhrases.every((phrase) => phrase.length > 0)).toBe(true);
      for (const key of role.fallbackKeys) expect(roleByKey(key)).toBeDefined();
    }
  });
});

describe('matchTitle (title normaliser + role phrases)', () => {
  it.each([
    ['Chief Financial Officer (CFO)', 0],
    ['CFO', 0],
    ['Group CFO', 0],
    ['Interim CFO', 0],
    ['Kaufmännischer Geschäftsführer', 0],
    ['Directeur Administratif et Financier', 0],
    ['Director Financiero', 0],
    ['VP Finance', 1],
    ['Vice President, Finance | Hiring!', 1],
    ['Deputy CFO', 1],
    ['Head of Finance', 2],
    ['Head of Accounting – North America | Angel Investor', 2],
    ['Finance Director', 3],
    ['Director of FP&A', 3],
    ['Finance Manager', 4],
  ])('%s holds tier %i of the CFO chain', (title, tier) => {
    expect(tierOf(title)).toBe(tier);
  });

  it.each(['Software Engineer', 'Accounts Payable Clerk', 'VP Sales', 'Chief Executive Officer'])('%s is not a CFO', (title) => {
    expect(tierOf(title)).toBeNull();
  });

  it('leaves out assistants to the CFO and bare board seats, but keeps a CTO who also sits on a board', () => {
    expect(tierOf('Personal Assistant to the CFO')).toBe('excluded');
    expect(tierOf('Executive Assistant to the CFO')).toBe('excluded');
    expect(tierOf('Board Member')).toBe('excluded');
    expect(tierOf('CTO | Board Member', chainOf('cto'))).toBe(0);
  });

  it('does not read "Vice President" as the President, nor a "CEO Office Manager" as the CEO', () => {
    expect(tierOf('Vice President Sales', chainOf('president'))).toBeNull();
    expect(tierOf('CEO Office Manager', chainOf('ceo'))).toBeNull();
    expect(tierOf('President & CEO', chainOf('ceo'))).toBe(0);
  });

  it('needs a phrase for general management: a Managing Director is not the CEO, but the next best', () => {
    expect(tierOf('Managing Director', chainOf('ceo'))).toBe(1);
    expect(tierOf('Geschäftsführer', chainOf('ceo'))).toBe(0);
  });

  it('does not take a related function for the role: a CIO is not the CTO, only a related person', () => {
    expect(tierOf('Chief Information Officer | Advisor', chainOf('cto'))).toBe(chainOf('cto').length);
    expect(tierOf('Chief Technology Officer', chainOf('cto'))).toBe(0);
  });

  it('reads composed roles through the normaliser', () => {
    const security = chainOf('head:security');
    expect(security.map((role) => role.label)).toEqual(['Head of Security', 'Security Director', 'VP Security', 'CISO', 'Security Manager']);
    expect(tierOf('Head of Information Security', security)).toBe(0);
    expect(tierOf('Leiterin Informationssicherheit', security)).toBe(0);
    expect(tierOf('CISO', security)).toBe(3);
  });

  it('does not take a local "director of X" filed at Director level for the C-level role', () => {
    const verdict = matchTitle('Directora de Tecnología', chainOf('cto'), 'Director');
    expect('match' in verdict && verdict.match?.tier).not.toBe(0);
    const cfo = matchTitle('Director Financiero', CFO, 'C-Level');
    expect('match' in cfo && cfo.match?.tier).toBe(0);
  });

  it('prefers the title the normaliser also reads at the role\'s level: "CFO & COO" over "Financieel Directeur"', () => {
    const fit = (title: string) => {
      const verdict = matchTitle(title, CFO);
      return 'match' in verdict && verdict.match ? verdict.match.fit : 0;
    };
    expect(fit('CFO & COO')).toBeGreaterThan(fit('Financieel Directeur'));
  });

  it('scores an exact, confident title above a deputy or interim one', () => {
    const fit = (title: string) => {
      const verdict = matchTitle(title, CFO);
      return 'match' in verdict && verdict.match ? verdict.match.fit : 0;
    };
    expect(fit('Chief Financial Officer')).toBeGreaterThan(fit('Interim CFO'));
    expect(fit('Chief Financial Officer')).toBeGreaterThan(0.9);
  });
});

describe('rankPeople and confidence', () => {
  it('ranks the role asked for first, then its fallbacks, then related people; assistants are left out', () => {
    const { ranked, excluded } = rankPeople(
      [
        preview(5, 'Finance Manager', 'Manager'),
        preview(4, 'Finance Director', 'Director'),
        preview(3, 'VP Finance', 'VP-Level'),
        preview(2, 'Interim CFO', 'C-Level'),
        preview(1, 'Chief Financial Officer', 'C-Level'),
        preview(6, 'Personal Assistant to the CFO', 'Mid-Level'),
        preview(7, 'Warehouse Associate', 'Mid-Level'),
      ],
      CFO,
    );
    expect(ranked.map((person) => person.preview.id)).toEqual([1, 2, 3, 4, 5]);
    expect(excluded.map((person) => person.id)).toEqual([6]);
    const [best, , vp] = ranked;
    expect(confidenceOf(best!.match, CFO.length, 1, true)).toBeGreaterThanOrEqual(90);
    expect(confidenceOf(vp!.match, CFO.length, 1, true)).toBeLessThan(confidenceOf(best!.match, CFO.length, 1, true));
    expect(confidenceOf(best!.match, CFO.length, 0.8, false)).toBeLessThan(confidenceOf(best!.match, CFO.length, 1, true));
  });
});

describe('planRoleSearches', () => {
  it('sizes the role, its fallbacks and its function with free searches that leave assistants out', () => {
    const sources = planRoleSearches(10_022, CFO);
    expect(sources.map((source) => source.name)).toEqual(['exact', 'fallback', 'function']);
    const [exact, fallback, fn] = sources;
    expect(exact!.criteria.titlePhrases).toEqual(expect.arrayContaining(['CFO', 'Chief Financial Officer', 'Finanzvorstand', 'DAF', 'Director Financiero']));
    expect(fallback!.criteria.titlePhrases).toEqual(expect.arrayContaining(['VP Finance', 'Head of Finance', 'Finance Director']));
    expect(fallback!.criteria.titlePhrases).not.toContain('CFO');
    expect(fn!.criteria).toMatchObject({ departments: ['Finance & Accounting'], managementLevels: expect.arrayContaining(['C-Level', 'VP-Level', 'Director', 'Manager']) });
    for (const source of sources) expect(source.criteria.excludeTitlePhrases).toEqual(EXCLUDED_TITLE_PHRASES);
    expect(unionOf([exact!, fallback!]).titlePhrases!.length).toBe(exact!.criteria.titlePhrases!.length + fallback!.criteria.titlePhrases!.length);
  });
});
