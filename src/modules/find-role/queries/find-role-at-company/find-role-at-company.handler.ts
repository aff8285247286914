import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared/domain/domain-error.js';
import { Metrics } from '../../../../shared/observability/metrics.js';
import { CreditBudget } from '../../../enrichment/domain/credit-budget.js';
import { companySummaryOf, type CompanyRecord, type EmployeePreview, type EmployeeRecord } from '../../../enrichment/domain/coresignal-records.js';
import {
  EMPLOYEE_DATA_PROVIDER,
  PREVIEW_PAGE_SIZE,
  type CallContext,
  type CompanyCandidate,
  type EmployeeDataProvider,
  type EmployeeSearchCriteria,
} from '../../../enrichment/domain/employee-data.port.js';
import { ProviderError, ProviderInputError, providerFailureAsDomainError } from '../../../enrichment/domain/provider-errors.js';
import { chiefOf, composedKey, fallbackChain, roleByKey, type WantedRole } from '../../domain/role-catalog.js';
import { fromAiAnswer, parseRoleQuery, type ParsedRoleQuery } from '../../domain/role-query-parser.js';
import { AI_ROLE_QUERY_PARSER, type RoleQueryParserPort } from '../../domain/role-query-parser.port.js';
import {
  MAX_ALTERNATIVES,
  MAX_PREVIEWS,
  confidenceOf,
  executivePreviews,
  planRoleSearches,
  rankPeople,
  roleVariations,
  unionOf,
  type RankedPerson,
  type Ranking,
  type SearchSource,
  type SourceName,
} from '../../domain/role-search.js';
import { FindRoleAtCompanyQuery } from './find-role-at-company.query.js';
import type { CompanySuggestion, FindRoleResult, FoundPerson } from './find-role-result.js';

/**
 * find-role-at-company: parse (AI when configured, the deterministic parser always) → resolve the company → the
 * company's key executives (free, with its record) → if none holds the role: free searches size the role, its
 * fallbacks and its function, and as few previews as possible read the titles → rank by title match (title
 * normaliser + role phrases) and seniority → ONE collect, of the best person, for the email and to check they still
 * work there. Cost with Coresignal: free searches, no preview (key executive) or usually one (at most three), one
 * collect.
 */
@QueryHandler(FindRoleAtCompanyQuery)
export class FindRoleAtCompanyHandler implements IQueryHandler<FindRoleAtCompanyQuery> {
  constructor(
    @Inject(EMPLOYEE_DATA_PROVIDER) private readonly provider: EmployeeDataProvider,
    @Inject(AI_ROLE_QUERY_PARSER) private readonly ai: RoleQueryParserPort | null,
    private readonly metrics: Metrics,
  ) {}

  async execute({ text }: FindRoleAtCompanyQuery): Promise<FindRoleResult> {
    const started = performance.now();
    const notes: string[] = [];
    const budget = new CreditBudget();
    const ctx: CallContext = { budget };
    const calls = { resolve: 0, search: 0, preview: 0, collect: 0 };
    try {
      const { parsed, parser } = await this.parse(text, notes);
      const chain = fallbackChain(parsed.role);

      calls.resolve++;
      const resolution = await this.provider.resolveCompany({ name: parsed.company }, ctx);
      if (resolution.status !== 'resolved') throw companyError(resolution.status === 'ambiguous' ? resolution.candidates : resolution.suggestions, resolution.status, parsed);
      const company = resolution.company;
      const similar = resolution.candidates.filter((c) => c.company.id !== company.id).map(toSuggestion);

      // the company's key executives come with its record: one holding the role asked for needs no search at all
      const executives = executivePreviews(company);
      const keyExecutives = new Set(executives.map((e) => e.id));
      const sources = planRoleSearches(company.id, chain);
      const totals: (number | null)[] = sources.map(() => null);
      const previewed = new Set<SourceName>();
      const search = (without: ReadonlySet<number>) =>
        this.search({ sources, totals, previewed, chain, executives, keyExecutives, without, calls, ctx });
      let searched = false;
      let ranking = rankPeople(executives, chain, keyExecutives);
      if (ranking.ranked[0]?.match.tier === 0) {
        notes.push(`the ${parsed.role.label} is listed among ${company.company_name}'s key executives: no search or preview needed`);
      } else {
        ranking = await search(new Set());
        searched = true;
      }
      for (const left of ranking.excluded.slice(0, 3)) notes.push(`left out ${left.title}: ${left.reason}`);

      // one collect, of the best person: the email, and proof they still work there
      let ranked = ranking.ranked;
      let record: EmployeeRecord | undefined;
      if (ranked.length > 0) {
        const best = ranked[0]!;
        let answered = false;
        try {
          calls.collect++;
          [record] = await this.provider.collectEmployees([best.preview.id], ctx);
          answered = true;
        } catch (error) {
          if (!(error instanceof ProviderError) || error instanceof ProviderInputError) throw error;
          notes.push(`full profile of ${best.preview.full_name} unavailable (${error.message}); no email`);
        }
        // the provider answered with no profile, or one at another employer: not a current employee
        if (answered && (!record || !worksAt(record, company.id))) {
          notes.push(`${best.preview.full_name} no longer works at ${company.company_name} (full profile); the next candidate is shown without an email`);
          record = undefined;
          // a key executive who left: the searches find who holds the role now (the one collect is spent)
          ranked = searched ? ranked.slice(1) : (await search(new Set([best.preview.id]))).ranked;
        }
      }

      const wanted = parsed.role;
      const bestRanked = ranked[0];
      const person = bestRanked ? this.person(bestRanked, chain, parsed, record, company) : null;
      const alternatives = ranked.slice(1, 1 + MAX_ALTERNATIVES).map((r) => this.person(r, chain, parsed, undefined, company));
      const heldRole = bestRanked?.match.role ?? null;
      const chainLabels = chain.map((r) => r.label);
      let substitution: FindRoleResult['substitution'] = null;
      if (bestRanked && bestRanked.match.tier > 0) {
        const found = heldRole ? heldRole.label : person!.matchedRole;
        const message = heldRole
          ? `No ${wanted.label} found at ${company.company_name}; the ${heldRole.label} is the closest role (${chainLabels.join(' → ')}).`
          : `No ${wanted.label} or ${chainLabels.slice(1).join(', ') || 'equivalent'} found at ${company.company_name}; the most senior person found in the same function is shown.`;
        substitution = { wanted: wanted.label, found, chain: chainLabels, message };
      }

      const variations = roleVariations(chain, this.extraVariations(wanted));
      const answer = !person
        ? `No people found for ${wanted.label} at ${company.company_name}.` +
          (variations.length > 0 ? ` Try: ${variations.slice(0, 4).join(', ')}.` : '') +
          (similar.length > 0 ? ` Or did you mean ${similar.slice(0, 3).map((s) => s.name).join(', ')}?` : '')
        : substitution
          ? `${substitution.message.split(';')[0]}; the closest match is ${person.name}, ${person.title ?? person.matchedRole}.`
          : `${person.name} is the ${wanted.label} at ${company.company_name} (${person.title ?? wanted.title}).`;

      const credits = budget.breakdown();
      for (const [kind, spent] of Object.entries(credits)) if (kind !== 'total' && spent > 0) this.metrics.providerCredits.inc({ kind }, spent);
      return {
        success: true,
        found: person !== null,
        answer,
        query: {
          text,
          role: wanted.label,
          roleTitle: wanted.title,
          roleText: parsed.roleText,
          company: parsed.company,
          corrections: parsed.corrections,
          parsedBy: parser.method,
          parseConfidence: parsed.confidence,
        },
        company: { ...companySummaryOf(company), matchedBy: resolution.matchedBy },
        person,
        substitution,
        alternatives,
        // role variations whenever the role asked for was not found; other companies only when nobody was
        suggestions: { roles: person && !substitution ? [] : variations, companies: person ? [] : similar },
        parser,
        creditsUsed: { search: credits.search, preview: credits.preview, collect: credits.collect, enrich: credits.enrich, total: credits.total },
        providerCalls: calls,
        searches: sources.map((source, i) => ({ source: source.name, candidates: totals[i] ?? null, previewed: previewed.has(source.name) })),
        notes,
        processingTimeMs: Math.round(performance.now() - started),
      };
    } catch (error) {
      throw toDomainError(error);
    }
  }

  /**
   * The search flow: free searches size the sources (the function's only when the phrases find nobody to read),
   * previews read them in order — the role and its fallbacks together when they fit on one page — until someone
   * holds a role of the chain; then previews and key executives are ranked together.
   */
  private async search(input: {
    sources: SearchSource[];
    totals: (number | null)[];
    previewed: Set<SourceName>;
    chain: WantedRole[];
    executives: EmployeePreview[];
    keyExecutives: ReadonlySet<number>;
    without: ReadonlySet<number>;
    calls: { search: number; preview: number };
    ctx: CallContext;
  }): Promise<Ranking> {
    const { sources, totals, previewed, chain, calls, ctx } = input;
    const size = async (indexes: number[]) => {
      const found = await Promise.all(
        indexes.map((i) => {
          calls.search++;
          return this.provider.searchEmployees(sources[i]!.criteria, 0, ctx);
        }),
      );
      indexes.forEach((i, k) => (totals[i] = found[k]!.total));
    };
    await size(sources.flatMap((source, i) => (source.name === 'function' || totals[i] !== null ? [] : [i])));
    const previews = new Map<number, EmployeePreview>();
    const wanted = (people: Iterable<EmployeePreview>) => [...people].filter((p) => !input.without.has(p.id));
    while (calls.preview < MAX_PREVIEWS) {
      const index = sources.findIndex((source, i) => !previewed.has(source.name) && (totals[i] ?? 0) > 0);
      if (index < 0) {
        const unsized = sources.findIndex((_, i) => totals[i] === null);
        if (unsized < 0) break;
        await size([unsized]);
        continue;
      }
      const source = sources[index]!;
      const covered: SourceName[] = [source.name];
      let criteria: EmployeeSearchCriteria = source.criteria;
      // the role and its fallbacks on one page: one preview gives the best person and the alternatives
      const fallbackIndex = sources.findIndex((s) => s.name === 'fallback');
      const fallbackTotal = fallbackIndex >= 0 ? (totals[fallbackIndex] ?? 0) : 0;
      if (source.name === 'exact' && fallbackTotal > 0 && totals[index]! + fallbackTotal <= PREVIEW_PAGE_SIZE) {
        criteria = unionOf([source, sources[fallbackIndex]!]);
        covered.push('fallback');
      }
      calls.preview++;
      const page = await this.provider.previewEmployees(criteria, 1, ctx);
      for (const name of covered) previewed.add(name);
      for (const preview of page) if (!previews.has(preview.id)) previews.set(preview.id, preview);
      if (rankPeople(wanted(previews.values()), chain).ranked.some((person) => person.match.tier < chain.length)) break;
    }
    // previews first (they carry LinkedIn and location), then key executives the searches did not bring
    return rankPeople(wanted([...previews.values(), ...input.executives]), chain, input.keyExecutives);
  }

  /** The AI parser when configured (the deterministic one when it fails, saying so), else the deterministic one. */
  private async parse(text: string, notes: string[]): Promise<{ parsed: ParsedRoleQuery; parser: FindRoleResult['parser'] }> {
    const rules = parseRoleQuery(text);
    let fallbackReason: string | undefined;
    if (this.ai) {
      const answer = await this.ai.parse(text);
      if (answer.available) {
        const read = fromAiAnswer(text, answer);
        if (read.ok) return { parsed: read.query, parser: { method: 'ai', model: this.ai.model } };
        fallbackReason = read.reason;
      } else {
        fallbackReason = answer.reason;
      }
      notes.push(`AI parsing unavailable (${fallbackReason}); the built-in parser read the query`);
    }
    if (!rules.ok) {
      throw new DomainError('INVALID_ARGUMENT', `query: ${rules.reason}`, {
        fields: [{ field: 'query', problems: [rules.reason] }],
        ...(fallbackReason ? { ai: fallbackReason } : {}),
      });
    }
    for (const correction of rules.query.corrections) notes.push(`read "${correction}" in the role`);
    return { parsed: rules.query, parser: { method: 'rules', ...(this.ai ? { model: this.ai.model, fallbackReason } : {}) } };
  }

  /** Other levels of the same function and its C-level role, as role variations to suggest. */
  private extraVariations(role: WantedRole): (WantedRole | undefined)[] {
    const fnKey = role.functionKey;
    if (!fnKey) return [];
    const chief = chiefOf(fnKey);
    return [
      chief ? roleByKey(chief) : undefined,
      roleByKey(composedKey('vp', fnKey)),
      roleByKey(composedKey('head', fnKey)),
      roleByKey(composedKey('director', fnKey)),
      roleByKey(composedKey('manager', fnKey)),
    ];
  }

  private person(ranked: RankedPerson, chain: WantedRole[], parsed: ParsedRoleQuery, record: EmployeeRecord | undefined, company: CompanyRecord): FoundPerson {
    const { preview, match } = ranked;
    const why = [...match.reasons];
    if (ranked.keyExecutive) why.push(`listed among ${company.company_name}'s key executives`);
    if (match.role && match.tier > 0) why.push(`no ${chain[0]!.label} found: the ${match.role.label} is next in ${chain.map((r) => r.label).join(' → ')}`);
    if (!match.role) why.push(`nobody holds ${chain.map((r) => r.label).join(', ')}: closest person in the function`);
    if (record) {
      why.push(`currently works at ${company.company_name} (full profile${record.checked_at ? `, checked ${record.checked_at.slice(0, 10)}` : ''})`);
      why.push(record.primary_professional_email ? `email ${record.primary_professional_email_status ?? 'of unknown status'}` : 'no professional email on record');
    } else {
      why.push(`found by a title search among current employees of ${company.company_name} (preview; full profile not bought)`);
    }
    if (parsed.corrections.length > 0) why.push(`query read as "${chain[0]!.label}" (${parsed.corrections.join(', ')})`);
    return {
      personId: String(preview.id),
      name: record?.full_name ?? preview.full_name,
      title: record?.active_experience_title ?? preview.active_experience_title,
      matchedRole: match.role?.label ?? `${match.normalized.seniority} in ${match.normalized.function}`,
      email: record?.primary_professional_email ?? null,
      emailStatus: record ? (record.primary_professional_email ? (record.primary_professional_email_status ?? 'none') : 'none') : 'not_collected',
      linkedin: record?.professional_network_url ?? preview.professional_network_url ?? null,
      location: record?.location_full ?? preview.location_full ?? null,
      department: record?.active_experience_department ?? preview.active_experience_department ?? null,
      managementLevel: record?.active_experience_management_level ?? preview.active_experience_management_level ?? null,
      confidence: confidenceOf(match, chain.length, parsed.confidence, record !== undefined),
      why,
    };
  }
}

function worksAt(record: EmployeeRecord, companyId: number): boolean {
  return record.is_deleted !== 1 && record.is_working === 1 && record.active_experience_company_id === companyId;
}

function toSuggestion(candidate: CompanyCandidate): CompanySuggestion {
  return {
    companyId: String(candidate.company.id),
    name: candidate.company.company_name,
    ...(candidate.company.website ? { website: candidate.company.website } : {}),
    ...(candidate.company.employees_count !== null ? { employeeCount: candidate.company.employees_count } : {}),
    score: Math.round(candidate.score * 100) / 100,
    reason: candidate.reason,
  };
}

/** As discovery maps it: not found → 404 with similar names, ambiguous → 409 with the candidates. */
function companyError(candidates: CompanyCandidate[], status: 'ambiguous' | 'not_found', parsed: ParsedRoleQuery): DomainError {
  const list = candidates.slice(0, 5).map(toSuggestion);
  const names = list.map((c) => c.name).join(', ');
  const query = { role: parsed.role.label, company: parsed.company };
  if (status === 'ambiguous') {
    return new DomainError('CONFLICT', `"${parsed.company}" matches several companies (${names}): name one of them`, { candidates: list, query });
  }
  return new DomainError(
    'NOT_FOUND',
    `No company found for "${parsed.company}"${names ? `; similar names: ${names}` : ''}`,
    { suggestions: list, query },
  );
}

function toDomainError(error: unknown): unknown {
  if (error instanceof ProviderInputError) {
    return new DomainError('INVALID_ARGUMENT', `query: ${error.message}`, { fields: [{ field: 'query', problems: [error.message] }] });
  }
  return providerFailureAsDomainError(error);
}
