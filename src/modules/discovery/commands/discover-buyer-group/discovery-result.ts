import type { BuyerGroupRole } from '../../domain/buyer-group-role.js';
import type { QualityAssessment } from '../../domain/buyer-group.events.js';
import type { GroupChanges } from '../../domain/group-changes.js';
import type { SearchPlan } from '../../domain/search-plan.js';

export interface DiscoveredMember {
  id?: string;
  personId: string;
  name: string;
  title: string;
  role: BuyerGroupRole;
  confidence: number;
  influenceScore: number;
  priority: number;
  department?: string;
  seniorityLevel?: string;
  email?: string;
  phone?: string;
  linkedin?: string;
  location?: string;
  reasons: string[];
}

/** The seed's response (PRODUCT.md §7), plus what a demanding user wants to know about how it was made. */
export interface DiscoveryResult {
  success: true;
  company: { id: string; name: string; website?: string; industry?: string; employeeCount?: number; linkedinUrl?: string; matchedBy: string };
  buyerGroup: {
    id: string | null;
    saved: boolean;
    totalMembers: number;
    composition: Record<BuyerGroupRole, number>;
    members: DiscoveredMember[];
    /** deep_research with an AI key: AI-written reasoning about the group as a whole */
    reasoning?: string;
  };
  quality: QualityAssessment;
  creditsUsed: { search: number; preview: number; collect: number; enrich: number; total: number; budget: number | null };
  ai: { available: boolean; reason?: string };
  changes?: GroupChanges;
  plan: { searches: { purpose: string; candidates: number; previewPages: number }[]; estimate: SearchPlan['estimate'] };
  notes: string[];
  dryRun: boolean;
  processingTimeMs: number;
}
