import { describe, expect, it } from '@jest/globals';
import { editDistance, fromAiAnswer, parseRoleQuery, readRoleText } from './role-query-parser.js';

/** [query, role label, company as written] */
const PHRASINGS: Array<[string, string, string]> = [
  // the seed's examples
  ['find CFO at Nike', 'CFO', 'Nike'],
  ['who is the CTO at Salesforce', 'CTO', 'Salesforce'],
  ['get me the CMO of Adobe', 'CMO', 'Adobe'],
  // English variants
  ['head of security @ acme', 'Head of Security', 'acme'],
  ["Acme's VP of sales", 'VP Sales', 'Acme'],
  ['acme vp sales', 'VP Sales', 'acme'],
  ["Who's the head of security at Acme Corp?", 'Head of Security', 'Acme Corp'],
  ['Who is Acme’s CFO?', 'CFO', 'Acme'],
  ['CFO of Bank of America', 'CFO', 'Bank of America'],
  ['Bank of America CFO', 'CFO', 'Bank of America'],
  ['The Home Depot CFO', 'CFO', 'Home Depot'],
  ['De Beers CFO', 'CFO', 'De Beers'],
  ['VP Engineering at AT&T', 'VP Engineering', 'AT&T'],
  ['VP Sales at Procter & Gamble', 'VP Sales', 'Procter & Gamble'],
  ['Acme: head of engineering', 'Head of Engineering', 'Acme'],
  ['CISO @ Okta', 'CISO', 'Okta'],
  ['general counsel at Stripe', 'General Counsel', 'Stripe'],
  ['Global head of sales at HSBC', 'Head of Sales', 'HSBC'],
  ['vice president of engineering at Google', 'VP Engineering', 'Google'],
  ['find the VP Sales EMEA at Acme', 'VP Sales', 'Acme'],
  ['interim CFO at Acme', 'CFO', 'Acme'],
  ['Find me the VP of Sales for Globex Corporation please', 'VP Sales', 'Globex Corporation'],
  ['CEO and founder of Acme', 'CEO', 'Acme'],
  ['CTO/Co-founder at Initech', 'CTO', 'Initech'],
  ['find CTO at Cisco', 'CTO', 'Cisco'],
  ['Cisco CTO', 'CTO', 'Cisco'],
  ['I need the chief revenue officer at Hooli', 'CRO', 'Hooli'],
  ['can you find the people director of Umbrella', 'HR Director', 'Umbrella'],
  // typos in role names
  ['cheif financial officer at Acme', 'CFO', 'Acme'],
  ['vp of slaes at Acme', 'VP Sales', 'Acme'],
  ['hed of marketing at Globex', 'Head of Marketing', 'Globex'],
  ['find me the chief technology offcer of Initech please', 'CTO', 'Initech'],
  ['who is the cheif finacial oficer at Initech', 'CFO', 'Initech'],
  ['head of secuirty at Umbrella Corp', 'Head of Security', 'Umbrella Corp'],
  ['markting director at Acme', 'Marketing Director', 'Acme'],
  // German
  ['finde den CFO bei Siemens', 'CFO', 'Siemens'],
  ['wer ist der Finanzvorstand der Siemens AG', 'CFO', 'Siemens AG'],
  ["Siemens' Finanzvorstand", 'CFO', 'Siemens'],
  ['Vertriebsleiter bei Bosch', 'Head of Sales', 'Bosch'],
  ['Marketingleiterin bei Henkel', 'Head of Marketing', 'Henkel'],
  ['wer ist der kaufmännische Geschäftsführer von Trumpf', 'CFO', 'Trumpf'],
  // French
  ['qui est le DAF de Renault', 'CFO', 'Renault'],
  ["qui est le DAF d'Orange", 'CFO', 'Orange'],
  ["DAF chez L'Oréal", 'CFO', "L'Oréal"],
  ["c'est qui le directeur technique chez Renault", 'CTO', 'Renault'],
  ['trouve-moi le DRH de Danone', 'CHRO', 'Danone'],
  ['RSSI de Thales', 'CISO', 'Thales'],
  // Spanish
  ['¿quién es el director financiero de Telefónica?', 'CFO', 'Telefónica'],
  ['director de tecnología de Telefónica', 'CTO', 'Telefónica'],
  ['jefe de ventas de Zara', 'Head of Sales', 'Zara'],
  ['búscame el consejero delegado de Iberdrola', 'CEO', 'Iberdrola'],
  // Dutch
  ['wie is de CFO van Philips', 'CFO', 'Philips'],
  ['zoek de marketing directeur van Philips', 'CMO', 'Philips'],
  ['wie is de financieel directeur van Heineken', 'CFO', 'Heineken'],
  // Italian
  ['chi è il CTO di Fiat', 'CTO', 'Fiat'],
  ["chi è l'amministratore delegato di Eni", 'CEO', 'Eni'],
  ['responsabile acquisti di Barilla', 'Head of Procurement', 'Barilla'],
  ['chi è il direttore finanziario di Ferrero', 'CFO', 'Ferrero'],
  // Portuguese
  ['quem é o CEO da Natura', 'CEO', 'Natura'],
  ['quem é o diretor financeiro da Natura', 'CFO', 'Natura'],
  ['quem é a diretora de marketing do Itaú', 'CMO', 'Itaú'],
];

describe('parseRoleQuery', () => {
  it(`reads ${PHRASINGS.length} phrasings (EN, DE, FR, ES, NL, IT, PT, typos)`, () => {
    expect(PHRASINGS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(PHRASINGS)('%s → %s at %s', (query, role, company) => {
    const result = parseRoleQuery(query);
    if (!result.ok) throw new Error(`not parsed: ${result.reason}`);
    expect({ role: result.query.role.label, company: result.query.company }).toEqual({ role, company });
    expect(result.query.confidence).toBeGreaterThan(0.5);
  });

  it('says which typos it corrected, and is less sure for each', () => {
    const result = parseRoleQuery('cheif finacial oficer at Initech');
    if (!result.ok) throw new Error(result.reason);
    expect(result.query.corrections).toEqual(['cheif → chief', 'finacial → financial', 'oficer → officer']);
    expect(result.query.confidence).toBeLessThan(1);
    expect(result.query.roleText).toBe('cheif finacial oficer');
  });

  it('keeps the company exactly as written: accents, case, inner punctuation', () => {
    const result = parseRoleQuery('who is the CTO at Crédit Agricole S.A.?');
    expect(result.ok && result.query.company).toBe('Crédit Agricole S.A');
  });

  it('tells the company-first form from the role-first one', () => {
    const first = parseRoleQuery("Acme's VP of sales");
    const second = parseRoleQuery('VP of sales at Acme');
    expect(first.ok && first.query.form).toBe('company_first');
    expect(second.ok && second.query.form).toBe('role_first');
  });

  it('never reads somebody else\'s words as the company: "CEO | and founder of Acme" is not a cut', () => {
    const result = parseRoleQuery('CEO and founder of Acme');
    expect(result.ok && result.query.company).toBe('Acme');
  });

  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['find the CFO', /no company named/],
    ['CFO', /no company named/],
    ['who works at Acme', /no known role/],
    ['find someone nice', /no known role/],
    ['chief happiness officer at Acme', /no known role/],
  ])('refuses %j with a reason', (query, reason) => {
    const result = parseRoleQuery(query);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('stays bounded on a very long query', () => {
    const started = performance.now();
    const result = parseRoleQuery(`find the CFO at ${'Acme '.repeat(2000)}`);
    expect(result.ok).toBe(true);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('readRoleText (the AI answer and roles written alone)', () => {
  it.each([
    ['Chief Financial Officer', 'CFO'],
    ['VP of Sales', 'VP Sales'],
    ['Head of Information Security', 'Head of Security'],
    ['Finanzvorstand', 'CFO'],
    ['Marketing Director', 'Marketing Director'],
    ['Director of Engineering', 'Engineering Director'],
    ['Chief People Officer', 'CHRO'],
  ])('%s → %s', (text, label) => {
    expect(readRoleText(text)?.role.label).toBe(label);
  });

  it('does not know made-up roles', () => {
    expect(readRoleText('Chief Happiness Officer')).toBeUndefined();
  });
});

describe('fromAiAnswer', () => {
  it('accepts a known role and a company named in the query', () => {
    const result = fromAiAnswer('qui est le DAF de Renault', { role: 'CFO', company: 'Renault' });
    expect(result.ok && [result.query.role.key, result.query.company, result.query.form]).toEqual(['cfo', 'Renault', 'ai']);
  });

  it('refuses an invented company, an unknown role and empty fields', () => {
    expect(fromAiAnswer('find CFO at Nike', { role: 'CFO', company: 'Adidas' })).toMatchObject({ ok: false, reason: expect.stringMatching(/not in the query/) });
    expect(fromAiAnswer('find CFO at Nike', { role: 'Chief Vibes Officer', company: 'Nike' })).toMatchObject({ ok: false, reason: expect.stringMatching(/does not know/) });
    expect(fromAiAnswer('find CFO at Nike', { role: '', company: 'Nike' }).ok).toBe(false);
  });
});

describe('editDistance', () => {
  it('counts a transposition as one edit', () => {
    expect(editDistance('cheif', 'chief')).toBe(1);
    expect(editDistance('slaes', 'sales')).toBe(1);
    expect(editDistance('hed', 'head')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});
