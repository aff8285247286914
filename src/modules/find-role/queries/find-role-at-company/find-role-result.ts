import type { EmailStatus } from '../../../enrichment/domain/coresignal-records.js';

export interface FoundPerson {
  personId: string;
  name: string;
  title: string | null;
  /** the role of the fallback chain the title holds ("CFO", "VP Finance"), or what the person is when only related */
  matchedRole: string;
  /** the professional email from the full profile (best person only) */
  email: string | null;
  /** the provider's email status; "not_collected" when the full profile was not bought (alternatives) */
  emailStatus: EmailStatus | 'none' | 'not_collected';
  linkedin: string | null;
  location: string | null;
  department: string | null;
  managementLevel: string | null;
  /** 0–100: how sure this is the person wanted (see the module README) */
  confidence: number;
  why: string[];
}

export interface CompanySuggestion {
  companyId: string;
  name: string;
  website?: string;
  employeeCount?: number;
  score: number;
  reason: string;
}

export interface FindRoleResult {
  success: true;
  /** true when someone holding the role or a fallback of it was found */
  found: boolean;
  /** one sentence for a chat: who it is, the substitution made, or "No people found for <role> at <company>" */
  answer: string;
  query: {
    text: string;
    /** the role looked for: "CFO", "VP Sales" */
    role: string;
    roleTitle: string;
    /** the role as written: "cheif financial officer", "Finanzvorstand" */
    roleText: string;
    company: string;
    corrections: string[];
    parsedBy: 'ai' | 'rules';
    parseConfidence: number;
  };
  company: { id: string; name: string; website?: string; industry?: string; employeeCount?: number; linkedinUrl?: string; matchedBy: string };
  person: FoundPerson | null;
  /** when the person holds a fallback of the role asked for */
  substitution: { wanted: string; found: string; chain: string[]; message: string } | null;
  alternatives: FoundPerson[];
  suggestions: { roles: string[]; companies: CompanySuggestion[] };
  parser: { method: 'ai' | 'rules'; model?: string; fallbackReason?: string };
  /** credits spent, by kind (0 with the local dataset) */
  creditsUsed: { search: number; preview: number; collect: number; enrich: number; total: number };
  /** provider calls made, by kind (what they would be billed as) */
  providerCalls: { resolve: number; search: number; preview: number; collect: number };
  /** the free searches: how many people each found (null: not needed, not run) and whether a preview read them */
  searches: { source: 'exact' | 'fallback' | 'function'; candidates: number | null; previewed: boolean }[];
  notes: string[];
  processingTimeMs: number;
}
