import { describe, expect, it } from '@jest/globals';
import { parseCoresignalNotices } from './coresignal-notices.js';
import { DeliveryShapeError } from './delivery-problems.js';

const shapeError = (body: unknown): DeliveryShapeError => {
  try {
    parseCoresignalNotices(body);
  } catch (error) {
    if (error instanceof DeliveryShapeError) return error;
    throw error;
  }
  throw new Error('expected a DeliveryShapeError');
};

describe("Coresignal's delivery body", () => {
  it('reads the real contract: member ids as text, the status, changed fields or null; unknown fields ignored', () => {
    expect(
      parseCoresignalNotices([
        { member_id: 123, status: 'started_matching_query', changed_fields: null },
        { member_id: '456', status: 'changed', changed_fields: ['active_experience_title', 'headline'], extra: 'ignored' },
        { member_id: 789, status: 'stopped_matching_query' },
      ]),
    ).toEqual([
      { index: 0, memberId: '123', status: 'started_matching_query', changedFields: null },
      { index: 1, memberId: '456', status: 'changed', changedFields: ['active_experience_title', 'headline'] },
      { index: 2, memberId: '789', status: 'stopped_matching_query', changedFields: null },
    ]);
  });

  it('keeps a notice repeated inside one delivery once, with its first position', () => {
    const notices = parseCoresignalNotices([
      { member_id: 1, status: 'changed', changed_fields: ['headline'] },
      { member_id: 1, status: 'changed', changed_fields: ['headline'] },
      { member_id: 1, status: 'changed', changed_fields: ['summary'] },
    ]);
    expect(notices.map((notice) => notice.index)).toEqual([0, 2]);
  });

  it('names every wrong field', () => {
    const error = shapeError([
      { member_id: -1, status: 'changed', changed_fields: null },
      { member_id: 2, status: 'moved' },
      { member_id: 3.5, status: 'changed', changed_fields: 'headline' },
      'not an object',
    ]);
    expect(error.fields.map((field) => field.field)).toEqual(['[0].member_id', '[1].status', '[2].member_id', '[2].changed_fields', '[3]']);
    expect(error.message).toContain('[1].status: must be one of started_matching_query, stopped_matching_query, changed');
  });

  it('refuses a body that is not a non-empty array', () => {
    expect(shapeError({ member_id: 1, status: 'changed' }).message).toBe('body: must be a JSON array of change notices');
    expect(shapeError([]).message).toBe('body: must hold at least one change notice');
  });
});
