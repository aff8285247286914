import type { RecordedEvent } from '../../../shared/event-store/event.js';
import type { Aggregate } from '../../../shared/event-store/aggregate.js';
import type { EnrichmentLevel } from './buyer-group-role.js';
import type {
  BuyerGroupEvent,
  CompanySnapshot,
  MemberAssessment,
  MemberProfile,
  QualityAssessment,
  SellerProfile,
  V1Source,
} from './buyer-group.events.js';

export interface MemberState extends MemberProfile, MemberAssessment {
  memberId: string;
  pinned: boolean;
  roleOverridden: boolean;
  addedAt: string;
  updatedAt: string;
}

export interface BuyerGroupState {
  exists: boolean;
  id: string;
  workspaceId: string;
  company: CompanySnapshot;
  sellerProfile: SellerProfile;
  enrichmentLevel: EnrichmentLevel;
  status: 'active' | 'archived';
  /** members in the order they joined */
  members: MemberState[];
  /** people a user excluded: automatic refreshes never bring them back */
  excludedPersonIds: string[];
  quality?: QualityAssessment;
  lastValidatedAt?: string;
  /** set when the group came from V1 (BuyerGroupImported); memberIds: every member ever imported, removed or not */
  importedFrom?: { v1Id: string; source: V1Source; memberIds: string[] };
  createdAt: string;
  updatedAt: string;
  version: number;
}

export const initialBuyerGroupState = (): BuyerGroupState => ({
  exists: false,
  id: '',
  workspaceId: '',
  company: { name: '' },
  sellerProfile: { solutionCategory: '' },
  enrichmentLevel: 'identify',
  status: 'active',
  members: [],
  excludedPersonIds: [],
  createdAt: '',
  updatedAt: '',
  version: 0,
});

type Recorded = RecordedEvent<BuyerGroupEvent['type'], BuyerGroupEvent['data']>;

function updateMember(state: BuyerGroupState, memberId: string, at: string, change: Partial<MemberState>) {
  return state.members.map((member) => (member.memberId === memberId ? { ...member, ...change, updatedAt: at } : member));
}

/** Pure: the state after one more event. Times come from the event, so replaying gives identical results. */
export function evolveBuyerGroup(state: BuyerGroupState, recorded: Recorded): BuyerGroupState {
  const event = { type: recorded.type, data: recorded.data } as BuyerGroupEvent;
  const at = recorded.recordedAt.toISOString();
  const next = { ...state, updatedAt: at, version: recorded.streamVersion };
  switch (event.type) {
    case 'BuyerGroupDiscovered':
      return {
        ...next,
        exists: true,
        id: event.data.groupId,
        workspaceId: event.data.workspaceId,
        company: event.data.company,
        sellerProfile: event.data.sellerProfile,
        enrichmentLevel: event.data.enrichmentLevel,
        createdAt: at,
        lastValidatedAt: at,
      };
    case 'MemberAdded':
      return {
        ...next,
        members: [...state.members, { ...event.data, pinned: false, roleOverridden: false, addedAt: at, updatedAt: at }],
      };
    case 'MemberUpdated':
      return { ...next, members: updateMember(state, event.data.memberId, at, event.data.changes) };
    case 'MemberRoleChanged':
      return {
        ...next,
        members: updateMember(state, event.data.memberId, at, {
          role: event.data.to,
          confidence: event.data.confidence,
          reasons: event.data.reasons,
          roleOverridden: event.data.overridden,
        }),
      };
    case 'MemberPinned':
      return { ...next, members: updateMember(state, event.data.memberId, at, { pinned: true }) };
    case 'MemberUnpinned':
      return { ...next, members: updateMember(state, event.data.memberId, at, { pinned: false }) };
    case 'MemberRemoved':
      return {
        ...next,
        members: state.members.filter((member) => member.memberId !== event.data.memberId),
        excludedPersonIds:
          event.data.reason === 'excluded_by_user'
            ? [...state.excludedPersonIds, event.data.personId]
            : state.excludedPersonIds,
      };
    case 'QualityAssessed':
      return { ...next, quality: event.data };
    case 'BuyerGroupRevalidated':
      return { ...next, lastValidatedAt: at };
    case 'BuyerGroupArchived':
      return { ...next, status: 'archived' };
    case 'BuyerGroupImported':
      // never validated here: no lastValidatedAt, so re-validation sees the group as old as its V1 createdAt
      return {
        ...next,
        exists: true,
        id: event.data.groupId,
        workspaceId: event.data.workspaceId,
        company: event.data.company,
        sellerProfile: event.data.sellerProfile ?? { solutionCategory: 'general' },
        enrichmentLevel: event.data.enrichmentLevel ?? 'identify',
        importedFrom: { v1Id: event.data.v1Id, source: event.data.source, memberIds: [] },
        createdAt: event.data.createdAt,
      };
    case 'MemberImported': {
      const { v1MemberId: _v1MemberId, createdAt, ...member } = event.data;
      return {
        ...next,
        members: [...state.members, { ...member, pinned: false, roleOverridden: false, addedAt: createdAt ?? at, updatedAt: at }],
        importedFrom: state.importedFrom && { ...state.importedFrom, memberIds: [...state.importedFrom.memberIds, member.memberId] },
      };
    }
    case 'BuyerGroupDetailsUpdated':
      return {
        ...next,
        company: event.data.company ?? state.company,
        sellerProfile: event.data.sellerProfile ?? state.sellerProfile,
        enrichmentLevel: event.data.enrichmentLevel ?? state.enrichmentLevel,
      };
  }
}

export const buyerGroupAggregate: Aggregate<BuyerGroupState, BuyerGroupEvent> = {
  initialState: initialBuyerGroupState,
  evolve: evolveBuyerGroup,
};
