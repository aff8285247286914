import { describe, expect, it } from '@jest/globals';
import { csvRecords } from '../../../../shared/csv/csv.js';
import { importedGroupId, importedMember, importedMemberId, mapV1Role, readV1Group, readV1Member, uuidV5, V1RowError } from './v1-rows.js';

const failure = (read: () => unknown): string => {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(V1RowError);
    return (error as Error).message;
  }
  throw new Error('expected the row to be rejected');
};

describe('V1 ids', () => {
  it('are RFC 4122 version 5 UUIDs', () => {
    // the RFC's DNS namespace example, as every uuid library computes it
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('are the same on every run, and differ by workspace and group', () => {
    expect(importedGroupId('acme', 'g-1')).toBe(importedGroupId('acme', 'g-1'));
    expect(importedGroupId('acme', 'g-1')).not.toBe(importedGroupId('beta', 'g-1'));
    expect(importedGroupId('acme', 'a:b')).not.toBe(importedGroupId('acme:a', 'b'));
    expect(importedMemberId('acme', 'g-1', 'm-1')).not.toBe(importedMemberId('acme', 'g-2', 'm-1'));
    expect(importedGroupId('acme', 'g-1')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('V1 "BuyerGroups" rows', () => {
  it('need only id, companyName and createdAt', () => {
    expect(readV1Group({ id: 'g-1', companyName: ' Nike ', createdAt: new Date('2024-01-02T03:04:05.678Z') })).toEqual({
      v1Id: 'g-1',
      company: { name: 'Nike' },
      createdAt: '2024-01-02T03:04:05.678Z',
    });
  });

  it('read every column V1 had, under its V1 or snake_case name', () => {
    expect(
      readV1Group({
        id: 42,
        company_name: 'Northwind',
        website: 'northwind.example',
        industry: 'Software',
        companySize: '1,001-5,000 employees',
        workspace_id: 'v1-tenant',
        companyId: '10017',
        status: 'active',
        enrichmentLevel: 'deep-research',
        sellerProfile: '{"solutionCategory":"security","targetMarket":"enterprise"}',
        cohesionScore: '0.80',
        metadata: { anything: true },
        createdAt: '2024-02-29 12:00:00.5',
        updatedAt: '2024-03-01 00:00:00',
      }),
    ).toEqual({
      v1Id: '42',
      v1WorkspaceId: 'v1-tenant',
      company: { id: '10017', name: 'Northwind', website: 'northwind.example', industry: 'Software', employeeCount: 1001 },
      sellerProfile: { solutionCategory: 'security', targetMarket: 'enterprise' },
      enrichmentLevel: 'deep_research',
      // a timestamp without a zone is UTC
      createdAt: '2024-02-29T12:00:00.500Z',
    });
  });

  it("keep V1's own company reference apart from a provider id", () => {
    expect(readV1Group({ id: 'g', companyName: 'A', companyId: '01HV8Z', createdAt: '2024-01-01' })).toMatchObject({
      company: { name: 'A' },
      v1CompanyId: '01HV8Z',
    });
    expect(readV1Group({ id: 'g', companyName: 'A', companyId: '01HV8Z', coresignalCompanyId: 77, createdAt: '2024-01-01' })).toMatchObject({
      company: { id: '77' },
      v1CompanyId: '01HV8Z',
    });
  });

  it('find a seller profile in columns or in the metadata', () => {
    expect(readV1Group({ id: 'g', companyName: 'A', createdAt: '2024-01-01', solutionCategory: 'hr_technology', dealSize: 'large' }).sellerProfile).toEqual({
      solutionCategory: 'hr_technology',
      dealSize: 'large',
    });
    expect(readV1Group({ id: 'g', companyName: 'A', createdAt: '2024-01-01', metadata: { sellerProfile: { solutionCategory: 'security' } } }).sellerProfile).toEqual({
      solutionCategory: 'security',
    });
    expect(readV1Group({ id: 'g', companyName: 'A', createdAt: '2024-01-01', metadata: '{not json' }).sellerProfile).toBeUndefined();
  });

  it('archive a group V1 archived or deleted', () => {
    expect(readV1Group({ id: 'g', companyName: 'A', createdAt: '2024-01-01', status: 'ARCHIVED' }).archivedReason).toBe('archived in V1 (status "ARCHIVED")');
    expect(readV1Group({ id: 'g', companyName: 'A', createdAt: '2024-01-01', deletedAt: '2024-05-01' }).archivedReason).toBe('deleted in V1 (deletedAt set)');
  });

  it('are rejected with the reason when they cannot be imported', () => {
    expect(failure(() => readV1Group({ companyName: 'A', createdAt: '2024-01-01' }))).toBe('id is missing');
    expect(failure(() => readV1Group({ id: 'g', companyName: '  ', createdAt: '2024-01-01' }))).toBe('companyName is missing');
    expect(failure(() => readV1Group({ id: 'g', companyName: 'A' }))).toBe('createdAt is missing');
    expect(failure(() => readV1Group({ id: 'g', companyName: 'A', createdAt: 'last tuesday' }))).toBe('createdAt is not a date: "last tuesday"');
    expect(failure(() => readV1Group({ id: 'g', companyName: 'A', createdAt: '2024-13-45' }))).toBe('createdAt is not a date: "2024-13-45"');
    expect(failure(() => readV1Group({ id: 'g', companyName: 'A', createdAt: '2023-02-29 10:00' }))).toBe('createdAt is not a date: "2023-02-29 10:00"');
    expect(failure(() => readV1Group({ id: 'g', companyName: 'A', createdAt: '2024-01-01', enrichmentLevel: 'max' }))).toBe(
      'enrichmentLevel "max" is not one of identify, enrich, deep_research',
    );
    expect(failure(() => readV1Group({ id: 'g', companyName: 'A', createdAt: '2024-01-01', sellerProfile: { targetMarket: 'smb' } }))).toMatch(
      /^sellerProfile must be an object with a solutionCategory/,
    );
    expect(failure(() => readV1Group({ id: 'g', companyName: { name: 'A' }, createdAt: '2024-01-01' }))).toBe('companyName is not text: "{\\"name\\":\\"A\\"}"');
    expect(failure(() => readV1Group({ id: 'g', companyName: 'A', createdAt: '2024-01-01', employeeCount: 'many' }))).toBe('employeeCount is not a number: "many"');
  });
});

describe('V1 "BuyerGroupMembers" rows', () => {
  const base = { id: 'm-1', buyerGroupId: 'g-1', name: 'Ada Lovelace', role: 'champion' };

  it('need only id, buyerGroupId and name, with V1 defaults for the rest', () => {
    expect(readV1Member({ id: 'm-1', buyerGroupId: 'g-1', name: 'Ada Lovelace', role: 'champion' })).toEqual({
      v1Id: 'm-1',
      v1GroupId: 'g-1',
      personId: 'v1-member:m-1',
      name: 'Ada Lovelace',
      title: '',
      role: 'champion',
      confidence: 0,
      influenceScore: 0,
      priority: 5,
      reasons: ['imported from V1'],
    });
  });

  it('read the columns V1 had', () => {
    expect(
      readV1Member({
        ...base,
        title: 'VP Sales',
        email: 'ada@northwind.example',
        phone: '+1 555 0100',
        linkedinUrl: 'linkedin.com/in/ada',
        confidence: '0.87',
        influenceScore: 64.5,
        priority: '2',
        coresignalId: 987654,
        department: 'sales',
        seniority_level: 'vp',
        location: 'Berlin',
        roleReasoning: 'owns the sales budget',
        createdAt: '2024-03-01T10:00:00+01:00',
        skills: ['selling'],
      }),
    ).toEqual({
      v1Id: 'm-1',
      v1GroupId: 'g-1',
      personId: '987654',
      name: 'Ada Lovelace',
      title: 'VP Sales',
      email: 'ada@northwind.example',
      phone: '+1 555 0100',
      linkedin: 'https://linkedin.com/in/ada',
      role: 'champion',
      confidence: 87,
      influenceScore: 65,
      priority: 2,
      department: 'sales',
      seniorityLevel: 'vp',
      location: 'Berlin',
      reasons: ['imported from V1', 'owns the sales budget'],
      createdAt: '2024-03-01T09:00:00.000Z',
    });
  });

  it("map V1's roles onto the five, saying so when the name was not one of them", () => {
    expect(mapV1Role('decision')).toEqual({ role: 'decision_maker' });
    expect(mapV1Role('Decision Maker')).toEqual({ role: 'decision_maker' });
    expect(mapV1Role('decision_maker')).toEqual({ role: 'decision_maker' });
    expect(mapV1Role('Influencer')).toEqual({ role: 'stakeholder', note: 'V1 role "Influencer" imported as stakeholder' });
    expect(mapV1Role('gatekeeper')).toEqual({ role: 'blocker', note: 'V1 role "gatekeeper" imported as blocker' });
    expect(mapV1Role('wizard')).toEqual({ role: 'stakeholder', note: 'unknown V1 role "wizard": imported as stakeholder' });
    expect(mapV1Role(undefined)).toEqual({ role: 'stakeholder', note: 'V1 gave no role: imported as stakeholder' });
    expect(readV1Member({ ...base, role: 'wizard' }).reasons).toEqual(['imported from V1', 'unknown V1 role "wizard": imported as stakeholder']);
  });

  it('are rejected with the reason when they cannot be imported', () => {
    expect(failure(() => readV1Member({ ...base, name: '' }))).toBe('name is missing');
    expect(failure(() => readV1Member({ ...base, name: '---' }))).toBe('name has no letters: "---"');
    expect(failure(() => readV1Member({ ...base, buyerGroupId: null }))).toBe('buyerGroupId is missing');
    expect(failure(() => readV1Member({ ...base, email: 'ada at northwind' }))).toBe('email is not an e-mail address: "ada at northwind"');
    expect(failure(() => readV1Member({ ...base, linkedin: 'https://example.com/ada' }))).toBe('linkedin is not a LinkedIn URL: "https://example.com/ada"');
    expect(failure(() => readV1Member({ ...base, confidence: 'high' }))).toBe('confidence is not a number: "high"');
    expect(failure(() => readV1Member({ ...base, confidence: 250 }))).toBe('confidence 250 is outside 0–100 (or 0–1)');
    expect(failure(() => readV1Member({ ...base, priority: 0 }))).toBe('priority 0 is not a whole number from 1 to 10');
    expect(failure(() => readV1Member({ ...base, reasons: '{"a":1}' }))).toMatch(/^reasons must be a JSON array of strings/);
    expect(failure(() => readV1Member({ ...base, createdAt: 'soon' }))).toBe('createdAt is not a date: "soon"');
  });

  it('become members with ids derived from the workspace and the V1 ids', () => {
    const member = importedMember('acme', readV1Member(base));
    expect(member).toMatchObject({ memberId: importedMemberId('acme', 'g-1', 'm-1'), v1MemberId: 'm-1', personId: 'v1-member:m-1' });
    expect(member).not.toHaveProperty('v1GroupId');
  });
});

describe('CSV records', () => {
  it('span lines inside quotes and carry the line they start on', () => {
    const text = '\uFEFFid,name\r\n1,"Ada\nLovelace"\n\n2,"Grace ""Amazing"" Hopper"\n3,"open\n';
    expect([...csvRecords(text)]).toEqual([
      { line: 1, fields: ['id', 'name'] },
      { line: 2, fields: ['1', 'Ada\nLovelace'] },
      { line: 5, fields: ['2', 'Grace "Amazing" Hopper'] },
      { line: 6, error: 'unterminated quoted field at the end of the file' },
    ]);
  });
});
