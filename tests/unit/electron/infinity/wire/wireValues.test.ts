import { describe, expect, it } from 'vitest';
import { wireFlag, wireFlagIn, wireNumber, wireNumberOrZero } from '../../../../../electron/infinity/wire/wireValues';

describe('wire flags', () => {
  it.each([
    [true, true],
    [false, false],
    ['YES', true],
    ['NO', false],
    ['yes', true],
    ['no', false],
    ['True', true],
    ['False', false],
    ['true', true],
    ['false', false],
    ['TRUE', true],
    ['FALSE', false],
  ])('reads %j as %j', (spelling, expected) => {
    expect(wireFlag.parse(spelling)).toBe(expected);
  });

  it.each([['Y'], ['on'], ['1'], [''], [' yes'], ['yes '], [1], [0], [null], [undefined], [{}], [['YES']]])('refuses %j', (junk) => {
    expect(wireFlag.safeParse(junk).success).toBe(false);
  });

  it('reads a flag from an unvalidated record, false when it is missing or junk', () => {
    expect(wireFlagIn({ recording: 'YES' }, 'recording')).toBe(true);
    expect(wireFlagIn({ recording: 'True' }, 'recording')).toBe(true);
    expect(wireFlagIn({ recording: true }, 'recording')).toBe(true);
    expect(wireFlagIn({ recording: 'NO' }, 'recording')).toBe(false);
    expect(wireFlagIn({ recording: 'maybe' }, 'recording')).toBe(false);
    expect(wireFlagIn({ recording: 1 }, 'recording')).toBe(false);
    expect(wireFlagIn({}, 'recording')).toBe(false);
    expect(wireFlagIn(null, 'recording')).toBe(false);
    expect(wireFlagIn('YES', 'recording')).toBe(false);
  });

  it('never reads a flag the record only inherits', () => {
    const inherited = Object.create({ recording: true }) as Record<string, unknown>;
    expect(wireFlagIn(inherited, 'recording')).toBe(false);
    expect(wireFlagIn({}, 'constructor')).toBe(false);
  });
});

describe('wire numbers', () => {
  it.each([
    [120, 120],
    ['120', 120],
    ['0', 0],
    ['-5', -5],
    ['1.5', 1.5],
    [2.25, 2.25],
  ])('reads %j as %j', (spelling, expected) => {
    expect(wireNumber.parse(spelling)).toBe(expected);
  });

  it.each([['soon'], [''], ['12a'], ['1e3'], [' 12'], ['0x10'], ['.5'], [true], [null], [undefined], [[1]]])('refuses %j', (junk) => {
    expect(wireNumber.safeParse(junk).success).toBe(false);
  });

  it('reads a null number as 0 where the node leaves it empty', () => {
    expect(wireNumberOrZero.parse(null)).toBe(0);
    expect(wireNumberOrZero.parse('17')).toBe(17);
    expect(wireNumberOrZero.safeParse('none').success).toBe(false);
  });
});
