import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '../../../../shared/config/app-config.js';
import { DATABASE, type Database } from '../../../../shared/database/database.js';
import { sqlQuery } from '../../../../shared/database/sql.js';
import { DomainError } from '../../../../shared/domain/domain-error.js';
import { JOB_QUEUE, PermanentJobError, type JobContext, type JobQueue } from '../../../../shared/jobs/job-queue.js';
import type { EnrichmentLevel } from '../../domain/buyer-group-role.js';
import type { SellerProfile } from '../../domain/buyer-group.events.js';
import { DiscoverBuyerGroupCommand } from '../discover-buyer-group/discover-buyer-group.command.js';
import { DiscoverBuyerGroupDto, SellerProfileDto } from '../discover-buyer-group/discover-buyer-group.dto.js';
import { ISO_MS, REVALIDATION_CONCURRENCY, REVALIDATION_QUEUE, revalidationSettings, type RevalidationJobData, type RevalidationJobResult } from './revalidation-job.js';

interface GroupRow {
  id: string;
  workspaceId: string;
  companyId: string | null;
  companyName: string;
  website: string | null;
  sellerProfile: SellerProfile;
  enrichmentLevel: EnrichmentLevel;
  status: string;
  lastValidatedAt: string | null;
  /** re-validated after the staleness this job was queued for */
  validatedSince: boolean;
}

/** Errors a retry cannot cure: the job fails at once instead of using its attempts. */
const PERMANENT: ReadonlySet<string> = new Set(['NOT_FOUND', 'INVALID_ARGUMENT', 'CONFLICT', 'BUDGET_EXCEEDED']);

/**
 * Re-runs discovery for a stale group (its workspace, company, seller profile and enrichment level), so what changed
 * becomes events with `source: 'revalidation'` (ApplyDiscovery ends with BuyerGroupRevalidated). A job whose group
 * was archived, or re-validated since it was queued, ends without doing anything.
 */
@Injectable()
export class RevalidateGroupProcessor implements OnApplicationBootstrap {
  constructor(
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    @Inject(DATABASE) private readonly db: Database,
    private readonly commands: CommandBus,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    revalidationSettings(config); // a wrong setting stops start-up here too, not at the first job
  }

  onApplicationBootstrap(): void {
    this.jobs.process<RevalidationJobData, RevalidationJobResult>(REVALIDATION_QUEUE, REVALIDATION_CONCURRENCY, (job) => this.run(job));
  }

  async run(job: JobContext<RevalidationJobData, unknown>): Promise<RevalidationJobResult> {
    const { groupId, workspaceId, lastValidatedAt } = job.data;
    const [group] = await sqlQuery<GroupRow>(
      this.db.em.fork(),
      `select id, "workspaceId", "companyId", "companyName", website, "sellerProfile", "enrichmentLevel", status,
              ${ISO_MS('"lastValidatedAt"')} as "lastValidatedAt",
              coalesce(date_trunc('milliseconds', "lastValidatedAt") > ?::timestamptz, false) as "validatedSince"
       from "BuyerGroups" where id = ?`,
      [lastValidatedAt, groupId],
    );
    if (!group || group.workspaceId !== workspaceId) throw new PermanentJobError(`buyer group ${groupId} not found`);
    if (group.status !== 'active') return { groupId, outcome: 'skipped', reason: `group is ${group.status}` };
    if (group.validatedSince) return { groupId, outcome: 'skipped', reason: `re-validated since, at ${group.lastValidatedAt}` };

    const request = Object.assign(new DiscoverBuyerGroupDto(), {
      ...(group.companyId ? { companyId: group.companyId } : { companyName: group.companyName, ...(group.website ? { website: group.website } : {}) }),
      sellerProfile: Object.assign(new SellerProfileDto(), group.sellerProfile),
      enrichmentLevel: group.enrichmentLevel,
      saveToDatabase: true,
      dryRun: false,
    });
    try {
      const result = await this.commands.execute(
        new DiscoverBuyerGroupCommand(request, { workspaceId, correlationId: job.id, actor: 'scheduler:revalidation', source: 'revalidation' }, groupId),
      );
      return {
        groupId,
        outcome: 'revalidated',
        buyerGroupId: result.buyerGroup.id,
        ...(result.changes ? { changes: result.changes } : {}),
        overallScore: result.quality.overallScore,
        creditsUsed: result.creditsUsed.total,
      };
    } catch (error) {
      if (error instanceof DomainError && PERMANENT.has(error.code)) throw new PermanentJobError(`${error.code}: ${error.message}`);
      throw error;
    }
  }
}
