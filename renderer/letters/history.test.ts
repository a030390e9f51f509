import { describe, expect, it } from 'vitest';
import { applyToAll, emptyHistory, recordChange, redo, undo } from './history';

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

describe('a fact in the history (a review copy sent)', () => {
  it('is kept when the edits around it are undone and redone', () => {
    type Draft = { text: string; state: string };
    let history = recordChange(emptyHistory<Draft>(), { text: 'a', state: 'kladde' }, 0);
    // The copy goes out while the draft reads 'b': state changes in the present and every snapshot, no new step.
    const sent = (draft: Draft): Draft => ({ ...draft, state: 'til-gennemsyn' });
    history = applyToAll(history, sent);
    expect(history.past).toHaveLength(1);
    const back = must(undo(history, sent({ text: 'b', state: 'kladde' })));
    expect(back.value).toEqual({ text: 'a', state: 'til-gennemsyn' });
    expect(must(redo(back.history, back.value)).value).toEqual({ text: 'b', state: 'til-gennemsyn' });
  });
});
