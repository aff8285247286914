import { Command } from '@nestjs/cqrs';
import type { ProviderChangeMessage } from '../../../../shared/messaging/provider-change.message.js';

export interface PersonChangeOutcome {
  noticeId: string;
  /** applied: looked at every affected group (changed or not); duplicate: applied before; ignored: nothing to do */
  status: 'applied' | 'duplicate' | 'ignored';
  /** the groups that changed, with how many events each got */
  changed: { groupId: string; events: number }[];
}

/**
 * Applies one provider change notice to every buyer group it concerns: the person is re-collected (a copy cached
 * before the notice arrived is not used), then each affected group gets an ApplyPersonChange with the person judged
 * against that group's company and seller profile. A company notice re-collects the company (or the one it was merged
 * into) and the company's groups take that record (UpdateCompany).
 */
export class ApplyPersonChangeCommand extends Command<PersonChangeOutcome> {
  constructor(readonly notice: ProviderChangeMessage) {
    super();
  }
}
