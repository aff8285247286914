import { describe, expect, it } from '@jest/globals';
import { renderTable } from './table.js';

describe('renderTable', () => {
  it('pads every column to its widest cell and shows missing cells as blanks', () => {
    expect(renderTable(['role', 'name'], [['champion', 'Ada'], ['blocker', null]])).toBe(
      ['role      name', '--------  ----', 'champion  Ada', 'blocker'].join('\n'),
    );
  });
});
