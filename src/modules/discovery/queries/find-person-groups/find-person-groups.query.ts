import { Query } from '@nestjs/cqrs';

/** One membership of a person in an active saved buyer group. */
export interface PersonGroupMembership {
  personId: string;
  groupId: string;
  workspaceId: string;
  /** the group's company (the provider's company id), null when the group was saved without one */
  companyId: string | null;
}

/**
 * The active buyer groups (every workspace) the given people are members of, read from the "BuyerGroupMembers" /
 * "BuyerGroups" projections; `companyId` narrows to the groups of one company. People in no group are absent.
 * For the webhooks module: is a person the provider tells us about one the service knows?
 */
export class FindPersonGroupsQuery extends Query<PersonGroupMembership[]> {
  constructor(
    readonly personIds: readonly string[],
    readonly companyId?: string,
  ) {
    super();
  }
}
