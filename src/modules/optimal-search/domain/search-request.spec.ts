import { describe, expect, it } from '@jest/globals';
import { closeMatches } from './close-matches.js';
import { countryName, monthsToDays, parseAccountSearch, parseSizeRange, toCompanySearchFilters, type SearchRequestLimits } from './search-request.js';

const KNOWN = ['Software', 'SaaS', 'Healthcare', 'Financial Services', 'Retail', 'Real Estate', 'Cybersecurity'];
const limits: SearchRequestLimits = { maxResultsCap: 50, maxSample: 10, samplingAvailable: true, knownIndustries: KNOWN };
const problemsOf = (raw: Record<string, unknown>, l = limits) => {
  const parsed = parseAccountSearch(raw, l);
  if (parsed.ok) throw new Error('expected problems');
  return parsed.problems;
};

describe('search request', () => {
  it('reads the seed example: comma lists, a size range, maxResults', () => {
    const parsed = parseAccountSearch({ industries: 'software,SaaS', sizeRange: '50-200', maxResults: '50' }, limits);
    expect(parsed).toEqual({
      ok: true,
      request: {
        filters: { industries: ['Software', 'SaaS'], sizeRange: { min: 50, max: 200 } },
        maxResults: 50,
        sampling: { enabled: true, size: 5, solutionCategory: 'general', creditBudget: 1000 },
      },
    });
  });

  it('takes lists as repeated parameters or JSON arrays, and every filter', () => {
    const parsed = parseAccountSearch(
      {
        industries: ['Software', 'Retail, Real Estate'],
        locations: 'DE, usa,France',
        minHeadcountGrowth: '15%',
        fundedWithinMonths: 6,
        minJobPostings: '5',
        technologies: ['Salesforce', 'salesforce', 'HubSpot'],
        sample: 3,
        solutionCategory: 'security',
        dealSize: 'large',
        creditBudget: '200',
      },
      limits,
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.request.filters).toEqual({
      industries: ['Software', 'Retail', 'Real Estate'],
      locations: ['Germany', 'United States', 'France'],
      minHeadcountGrowth: 15,
      fundedWithinMonths: 6,
      minJobPostings: 5,
      technologies: ['Salesforce', 'HubSpot'],
    });
    expect(parsed.request.sampling).toEqual({ enabled: true, size: 3, solutionCategory: 'security', dealSize: 'large', creditBudget: 200 });
    expect(toCompanySearchFilters(parsed.request.filters)).toEqual({
      industries: ['Software', 'Retail', 'Real Estate'],
      countries: ['Germany', 'United States', 'France'],
      minHeadcountGrowthPercent: 15,
      fundedWithinDays: 183,
      minActiveJobPostings: 5,
      technologies: ['Salesforce', 'HubSpot'],
    });
  });

  it('maxResults defaults to 25 (or the cap) and is refused outside 1..cap, naming MAX_COMPANIES_PER_REQUEST', () => {
    const ok = parseAccountSearch({}, limits);
    expect(ok.ok && ok.request.maxResults).toBe(25);
    const small = parseAccountSearch({}, { ...limits, maxResultsCap: 10 });
    expect(small.ok && small.request.maxResults).toBe(10);
    for (const bad of ['0', '10000', '51', 'abc', '5.5', '', '-1']) {
      expect(problemsOf({ maxResults: bad })).toEqual([
        { field: 'maxResults', problems: [`must be a whole number from 1 to 50 (MAX_COMPANIES_PER_REQUEST) (got "${bad}")`] },
      ]);
    }
  });

  it('size ranges: forms it accepts and what it refuses', () => {
    expect(parseSizeRange('50-200')).toEqual({ range: { min: 50, max: 200 } });
    expect(parseSizeRange(' 50 - 200 employees ')).toEqual({ range: { min: 50, max: 200 } });
    expect(parseSizeRange('1,001-5,000 employees')).toEqual({ range: { min: 1001, max: 5000 } });
    expect(parseSizeRange('10,001+ employees')).toEqual({ range: { min: 10001, max: null } });
    expect(parseSizeRange('51 to 200')).toEqual({ range: { min: 51, max: 200 } });
    expect(parseSizeRange('200-50')).toEqual({ problem: '"200-50" is inverted: the smaller number comes first (50-200)' });
    expect(parseSizeRange('big')).toHaveProperty('problem');
    expect(parseSizeRange('50')).toHaveProperty('problem');
    expect(problemsOf({ sizeRange: '200-50 employees' })[0]!.field).toBe('sizeRange');
  });

  it('unknown industries: close matches, else the known list; known ones in any case', () => {
    expect(problemsOf({ industries: 'Sofware' })).toEqual([{ field: 'industries', problems: ['unknown industry "Sofware": did you mean "Software"?'] }]);
    expect(problemsOf({ industries: 'health' })[0]!.problems[0]).toBe('unknown industry "health": did you mean "Healthcare"?');
    const none = parseAccountSearch({ industries: 'Fintech,SaaS' }, limits);
    expect(none).toMatchObject({ ok: false, knownIndustries: KNOWN });
    if (!none.ok) expect(none.problems[0]!.problems[0]).toBe(`unknown industry "Fintech"; known industries: ${KNOWN.join(', ')}`);
  });

  it('refuses unknown parameters (suggesting the right one), repeated scalars and bad values, each naming its field', () => {
    expect(problemsOf({ industry: 'Software' })[0]).toMatchObject({ field: 'industry', problems: [expect.stringMatching(/did you mean industries\?/)] });
    expect(problemsOf({ maxResults: ['5', '6'] })).toEqual([{ field: 'maxResults', problems: ['is given more than once'] }]);
    expect(problemsOf({ industries: ' , ' })[0]!.field).toBe('industries');
    expect(problemsOf({ minHeadcountGrowth: 'fast' })[0]!.field).toBe('minHeadcountGrowth');
    expect(problemsOf({ fundedWithinMonths: '0' })[0]!.field).toBe('fundedWithinMonths');
    expect(problemsOf({ sampling: 'maybe' })[0]!.field).toBe('sampling');
    expect(problemsOf({ sample: '11' })[0]!.field).toBe('sample');
    expect(problemsOf({ solutionCategory: 'widgets' })[0]!.field).toBe('solutionCategory');
    expect(problemsOf({ creditBudget: '-1' })[0]!.field).toBe('creditBudget');
    expect(problemsOf({ maxResults: '0', sizeRange: '2-1', industries: 'Nope' }).map((p) => p.field).sort()).toEqual(['industries', 'maxResults', 'sizeRange']);
  });

  it('sampling: off by flag, by request or with sample=0; never more than maxResults', () => {
    expect(parseAccountSearch({}, { ...limits, samplingAvailable: false })).toMatchObject({
      ok: true,
      request: { sampling: { enabled: false, size: 0, disabledBecause: 'buyer-group sampling is turned off (BUYER_GROUP_SAMPLING=false)' } },
    });
    expect(parseAccountSearch({ sampling: 'false' }, limits)).toMatchObject({ ok: true, request: { sampling: { enabled: false, disabledBecause: 'sampling=false in the request' } } });
    expect(parseAccountSearch({ sample: 0 }, limits)).toMatchObject({ ok: true, request: { sampling: { enabled: false } } });
    expect(parseAccountSearch({ sample: 8, maxResults: 3 }, limits)).toMatchObject({ ok: true, request: { sampling: { size: 3 } } });
  });

  it('countries by ISO code or common alias; names pass through', () => {
    expect(['DE', 'gb', 'UK', 'USA', 'Germany', 'Atlantis'].map(countryName)).toEqual(['Germany', 'United Kingdom', 'United Kingdom', 'United States', 'Germany', 'Atlantis']);
  });

  it('months count as the funding bands do', () => {
    expect([6, 12, 24].map(monthsToDays)).toEqual([183, 365, 730]);
  });

  it('close matches: edits, containment, best first', () => {
    expect(closeMatches('Sofware', KNOWN)).toEqual(['Software']);
    expect(closeMatches('saas', KNOWN)).toEqual(['SaaS']);
    expect(closeMatches('Finance', KNOWN)).toEqual(['Financial Services']);
    expect(closeMatches('zzz', KNOWN)).toEqual([]);
  });
});
