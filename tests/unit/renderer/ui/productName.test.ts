import { describe, expect, it } from 'vitest';
import { windowTitle } from '../../../../renderer/src/ui/productName';

describe('window titles', () => {
  it('name what the window shows, then Parley', () => {
    expect(windowTitle('Team sync')).toBe('Team sync — Parley');
    expect(windowTitle('  ')).toBe('Parley');
    expect(windowTitle(undefined)).toBe('Parley');
  });
});
