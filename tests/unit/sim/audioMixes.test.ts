import { describe, expect, it } from 'vitest';
import { isValidMixName } from '../../sim/conference/audioMixes';

describe('isValidMixName', () => {
  it.each(['main', 'main.french', 'spanish', 'spanish.english', 'mix1.mix2.mix3', 'a.b.c.d.e'])('accepts %s', (name) => {
    expect(isValidMixName(name)).toBe(true);
  });
  it.each(['', 'a..b', '.main', 'main.', 'french.main'])('refuses %s', (name) => {
    expect(isValidMixName(name)).toBe(false);
  });
});
