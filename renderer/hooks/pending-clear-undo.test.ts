import { afterEach, describe, expect, it } from 'vitest';
import type { ClearedData } from '../db/clear';
import { sampleDataset } from '../../shared/sample/eksempeldata';
import {
  CLEAR_UNDO_SECONDS,
  dropClearUndo,
  offerClearUndo,
  pendingClearUndo,
  subscribeClearUndo,
} from './pending-clear-undo';

const removed: ClearedData = { dataset: sampleDataset(), label: 'Eksempeldata', settingsAfter: '[]' };

afterEach(() => dropClearUndo());

describe('pending "Ryd data" undo', () => {
  it('is still offered later (e.g. after leaving and reopening the Data screen) within the minute', () => {
    offerClearUndo(removed, 1_000);
    expect(pendingClearUndo(1_000 + (CLEAR_UNDO_SECONDS - 1) * 1000)?.removed).toBe(removed);
  });

  it('is gone once the minute is over', () => {
    offerClearUndo(removed, 1_000);
    expect(pendingClearUndo(1_000 + CLEAR_UNDO_SECONDS * 1000)).toBeNull();
  });

  it('tells subscribers when it is offered and dropped', () => {
    let calls = 0;
    const unsubscribe = subscribeClearUndo(() => calls++);
    offerClearUndo(removed);
    dropClearUndo();
    unsubscribe();
    expect(calls).toBe(2);
    expect(pendingClearUndo()).toBeNull();
  });
});
