import type { EventMetadata } from '../../../../shared/event-store/event.js';
import type { JobState } from '../../../../shared/jobs/job-queue.js';
import type { Coverage, EnrichmentLevel } from '../../domain/buyer-group-role.js';
import type { SellerProfile } from '../../domain/buyer-group.events.js';

export const BATCH_QUEUE = 'discovery-batch';
/** batches one instance runs at once, and companies one batch discovers at once */
export const BATCH_CONCURRENCY = 2;
export const COMPANY_CONCURRENCY = 3;
/** a batch whose run breaks (not one company: those are recorded) is retried, resuming after the companies done */
export const BATCH_ATTEMPTS = 3;
export const BATCH_BACKOFF_MS = 5_000;

export interface BatchCompany {
  companyName?: string;
  companyId?: string;
  companyLinkedInUrl?: string;
  website?: string;
}

/** What the queue stores: the request, plus whose it is (a status is only shown to its workspace). */
export interface BatchJobData {
  metadata: EventMetadata;
  companies: BatchCompany[];
  sellerProfile: SellerProfile;
  enrichmentLevel: EnrichmentLevel;
  saveToDatabase: boolean;
  creditBudget?: number;
}

export interface CompanyOutcome {
  index: number;
  status: 'completed' | 'failed';
  company?: { id: string; name: string };
  buyerGroup?: { id: string | null; saved: boolean; totalMembers: number };
  quality?: { overallScore: number; coverage: Coverage; missingRoles: string[] };
  creditsUsed?: number;
  changes?: { added: number; removed: number; reRoled: number; updated: number };
  error?: { code: string; message: string };
}

export interface BatchProgress {
  done: number;
  total: number;
  percent: number;
  /** by company index; null while a company is pending */
  outcomes: (CompanyOutcome | null)[];
}

export interface BatchResult {
  total: number;
  succeeded: number;
  failed: number;
  creditsUsed: number;
  outcomes: CompanyOutcome[];
}

export interface BatchAccepted {
  success: true;
  jobId: string;
  companies: number;
  statusUrl: string;
}

export interface BatchStatus {
  success: true;
  jobId: string;
  state: JobState;
  progress: { done: number; total: number; percent: number };
  summary?: { succeeded: number; failed: number; creditsUsed: number };
  results: ((CompanyOutcome | { index: number; status: 'pending' }) & { input: BatchCompany })[];
  attemptsMade: number;
  failedReason?: string;
  createdAt: string;
  startedAt?: string;
  finishedAt?: string;
}

export const percentOf = (done: number, total: number) => (total === 0 ? 100 : Math.floor((done / total) * 100));
