import { describe, expect, it } from 'vitest';
import { layoutChoices } from '../../../../electron/service/meetingControlsHandlers';

describe('layoutChoices', () => {
  it('pairs each layout with its SVG', () => {
    expect(layoutChoices(['1:7', { name: 'ac' }], { '1:7': '<svg/>' })).toEqual([
      { name: '1:7', svg: '<svg/>' },
      { name: 'ac', svg: null },
    ]);
  });

  it('finds no SVG for a layout named like an object method', () => {
    const choices = layoutChoices(['toString', 'constructor', '__proto__'], {});
    expect(choices).toEqual([
      { name: 'toString', svg: null },
      { name: 'constructor', svg: null },
      { name: '__proto__', svg: null },
    ]);
    expect(structuredClone(choices)).toEqual(choices);
  });
});
