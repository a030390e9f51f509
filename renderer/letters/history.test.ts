import { describe, expect, it } from 'vitest';
import { emptyHistory, recordChange, redo, undo } from './history';

function must<T>(value: T | null): T {
  if (value === null) throw new Error('expected a step');
  return value;
}

describe('letter undo history', () => {
  it('undoes and redoes whole steps', () => {
    let history = recordChange(emptyHistory<string>(), 'a', 0);
    history = recordChange(history, 'b', 5000);
    const first = undo(history, 'c');
    expect(first?.value).toBe('b');
    const second = undo(must(first).history, 'b');
    expect(second?.value).toBe('a');
    expect(undo(must(second).history, 'a')).toBeNull();
    const again = redo(must(second).history, 'a');
    expect(again?.value).toBe('b');
  });

  it('groups quick keystrokes into one step, but not a deliberate separate change', () => {
    let history = recordChange(emptyHistory<string>(), 'K', 0);
    history = recordChange(history, 'Kæ', 300);
    history = recordChange(history, 'Kær', 600);
    expect(history.past).toEqual(['K']);
    history = recordChange(history, 'Kære', 700, false);
    expect(history.past).toEqual(['K', 'Kære']);
  });

  it('forgets what could be redone once the user makes a new change', () => {
    let history = recordChange(emptyHistory<string>(), 'a', 0);
    const undone = undo(history, 'b');
    history = recordChange(must(undone).history, 'a', 5000);
    expect(redo(history, 'c')).toBeNull();
  });
});
