import { describe, expect, it } from 'vitest';
import { addCaption, captionHistoryText, emptyCaptions, overlayLines } from '../../../../../renderer/src/features/captions/captionLines';

describe('caption lines', () => {
  it('updates the partial line in place and replaces it with the final one', () => {
    let state = emptyCaptions();
    state = addCaption(state, { text: 'good morning', isFinal: false, speaker: 'Ann', at: 1000 });
    const partialId = overlayLines(state)[0]?.id;
    state = addCaption(state, { text: 'good morning every', isFinal: false, speaker: 'Ann', at: 1100 });
    expect(overlayLines(state)).toEqual([{ id: partialId, text: 'good morning every', speaker: 'Ann', isFinal: false, at: 1000 }]);
    state = addCaption(state, { text: 'Good morning everyone.', isFinal: true, speaker: 'Ann', at: 1200 });
    expect(overlayLines(state)).toEqual([{ id: partialId, text: 'Good morning everyone.', speaker: 'Ann', isFinal: true, at: 1200 }]);
    expect(state.partial).toBeNull();

    state = addCaption(state, { text: 'next', isFinal: false, speaker: null, at: 1300 });
    const lines = overlayLines(state);
    expect(lines.map((line) => [line.text, line.isFinal])).toEqual([
      ['Good morning everyone.', true],
      ['next', false],
    ]);
    expect(lines[1]?.id).not.toBe(partialId);
  });

  it('shows only the last lines and keeps a bounded history of finals', () => {
    let state = emptyCaptions();
    for (let n = 1; n <= 6; n += 1) state = addCaption(state, { text: `line ${n}`, isFinal: true, speaker: null, at: n }, 4);
    expect(overlayLines(state, 3).map((line) => line.text)).toEqual(['line 4', 'line 5', 'line 6']);
    expect(state.finals.map((line) => line.text)).toEqual(['line 3', 'line 4', 'line 5', 'line 6']);
  });

  it('writes the history with local timestamps and speakers', () => {
    const at = new Date(2024, 0, 31, 9, 5, 7).getTime();
    let state = emptyCaptions();
    state = addCaption(state, { text: 'Hello.', isFinal: true, speaker: 'Ann', at });
    state = addCaption(state, { text: 'Unattributed.', isFinal: true, speaker: null, at: at + 61_000 });
    expect(captionHistoryText(state.finals)).toBe('[2024-01-31 09:05:07] Ann: Hello.\n[2024-01-31 09:06:08] Unattributed.\n');
    expect(captionHistoryText([])).toBe('');
  });

});
