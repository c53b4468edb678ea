import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREVIEW_LIST_MAX,
  duplicateInFile,
  previewListFull,
  remainingCapacity,
  removalsLeavingNoList,
  usernameInOtherList,
} from '../../../common/roster/list-rules';
import { clampBatchSize, inBatches } from '../../../common/roster/batching';

describe('list rules', () => {
  it('preview lists have a maximum; regular lists do not', () => {
    expect(remainingCapacity({ preview: false, previewMax: null }, 1e6)).toBe(Number.POSITIVE_INFINITY);
    expect(remainingCapacity({ preview: true, previewMax: null }, 2)).toBe(DEFAULT_PREVIEW_LIST_MAX - 2);
    expect(remainingCapacity({ preview: true, previewMax: 10 }, 12)).toBe(0);
    const v = previewListFull(9, 'username', 'x', 5);
    expect(v).toMatchObject({ rule: 'preview-list-full', row: 9, severity: 'error' });
    expect(v.action).toBe('Use a regular list, or keep this preview group to at most 5 respondents.');
  });

  it('warns (does not refuse) when a username exists in another list', () => {
    const v = usernameInOtherList(3, 'user', 'amina.k', ['Field respondents']);
    expect(v).toMatchObject({ severity: 'warning', rule: 'username-in-other-list' });
    expect(v.message).toContain('list Field respondents');
  });

  it('points a duplicate username in the same file at its first row', () => {
    expect(duplicateInFile(12, 'user', 'a', 4).message).toContain('row 4');
  });

  it('warns about removals that would leave a respondent in no list', () => {
    const counts: Record<string, number> = { a: 1, b: 2 };
    const found = removalsLeavingNoList(['a', 'b'], (u) => counts[u] ?? 0);
    expect(found.map((v) => v.rule)).toEqual(['removal-leaves-no-list']);
    expect(found[0]?.action).toBe('Copy respondent a to another list first, then remove them from this one.');
  });
});

describe('batching of add operations', () => {
  it('splits in order into batches of the configured size', () => {
    const items = Array.from({ length: 1234 }, (_, i) => i);
    const batches = inBatches(items, 500);
    expect(batches.map((b) => b.length)).toEqual([500, 500, 234]);
    expect(batches.flat()).toEqual(items);
    expect(inBatches([], 10)).toEqual([]);
  });
  it('keeps the size within bounds', () => {
    expect(clampBatchSize(0)).toBe(1);
    expect(clampBatchSize(1e9)).toBe(5000);
    expect(clampBatchSize(Number.NaN)).toBe(500);
  });
});
