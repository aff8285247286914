import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ClassificationModule } from '../classification/classification.module.js';
import { EnrichmentModule } from '../enrichment/enrichment.module.js';
import { DiscoverBatchController } from './commands/discover-batch/discover-batch.controller.js';
import { DiscoverBatchHandler } from './commands/discover-batch/discover-batch.handler.js';
import { DiscoverBatchProcessor } from './commands/discover-batch/discover-batch.processor.js';
import { GetBatchStatusHandler } from './commands/discover-batch/get-batch-status.handler.js';
import { RevalidateGroupProcessor } from './commands/revalidate-stale-groups/revalidate-group.processor.js';
import { RevalidateStaleGroupsScheduler } from './commands/revalidate-stale-groups/revalidate-stale-groups.scheduler.js';
import { DiscoverBuyerGroupController } from './commands/discover-buyer-group/discover-buyer-group.controller.js';
import { DiscoverBuyerGroupHandler } from './commands/discover-buyer-group/discover-buyer-group.handler.js';
import { ChangeBuyerGroupHandler } from './commands/change-buyer-group/change-buyer-group.handler.js';
import { ApplyPersonChangeHandler } from './commands/apply-person-change/apply-person-change.handler.js';
import { ProviderChangesConsumer } from './commands/apply-person-change/provider-changes.consumer.js';
import { ProviderChangeStore } from './infrastructure/provider-change.store.js';
import { OverrideMemberController } from './commands/override-member/override-member.controller.js';
import { RebuildProjectionsHandler } from './commands/rebuild-projections/rebuild-projections.handler.js';
import { ImportV1GroupsHandler } from './commands/import-v1-groups/import-v1-groups.handler.js';
import { BuyerGroupRepository } from './infrastructure/buyer-group.repository.js';
import { GetBuyerGroupHistoryController } from './queries/get-buyer-group-history/get-buyer-group-history.controller.js';
import { GetBuyerGroupHistoryHandler } from './queries/get-buyer-group-history/get-buyer-group-history.handler.js';
import { GetBuyerGroupController } from './queries/get-buyer-group/get-buyer-group.controller.js';
import { GetBuyerGroupHandler } from './queries/get-buyer-group/get-buyer-group.handler.js';
import { ListBuyerGroupsController } from './queries/list-buyer-groups/list-buyer-groups.controller.js';
import { ListBuyerGroupsHandler } from './queries/list-buyer-groups/list-buyer-groups.handler.js';
import { FindPersonGroupsHandler } from './queries/find-person-groups/find-person-groups.handler.js';
import { ListMonitoredCompaniesHandler } from './queries/list-monitored-companies/list-monitored-companies.handler.js';

/** Owns the BuyerGroup aggregate, its commands, queries and REST endpoints. */
@Module({
  imports: [CqrsModule, EnrichmentModule, ClassificationModule],
  // the literal routes 'groups' and 'batch' must be registered before ':id'
  controllers: [DiscoverBuyerGroupController, DiscoverBatchController, ListBuyerGroupsController, GetBuyerGroupHistoryController, GetBuyerGroupController, OverrideMemberController],
  providers: [
    BuyerGroupRepository,
    ChangeBuyerGroupHandler,
    ApplyPersonChangeHandler,
    ProviderChangeStore,
    ProviderChangesConsumer,
    DiscoverBuyerGroupHandler,
    RebuildProjectionsHandler,
    ImportV1GroupsHandler,
    GetBuyerGroupHandler,
    GetBuyerGroupHistoryHandler,
    ListBuyerGroupsHandler,
    FindPersonGroupsHandler,
    ListMonitoredCompaniesHandler,
    DiscoverBatchHandler,
    DiscoverBatchProcessor,
    GetBatchStatusHandler,
    RevalidateStaleGroupsScheduler,
    RevalidateGroupProcessor,
  ],
})
export class DiscoveryModule {}
