import { describe, expect, it } from 'vitest';
import { eventJsonLimits, jsonDepth, parseBoundedJson } from '../../../../../electron/infinity/wire/boundedJson';

describe('jsonDepth', () => {
  it('counts nesting of objects and arrays', () => {
    expect(jsonDepth('1')).toBe(0);
    expect(jsonDepth('{"a":[1,{"b":[]}]}')).toBe(4);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonDepth('{"a":"[[[[{{{{","b":"\\"[[[["}')).toBe(1);
  });
});

describe('parseBoundedJson', () => {
  it('parses ordinary event data, and empty data as null', () => {
    expect(parseBoundedJson('{"uuid":"a","display_name":"Al"}')).toEqual({ ok: true, value: { uuid: 'a', display_name: 'Al' } });
    expect(parseBoundedJson('')).toEqual({ ok: true, value: null });
    expect(parseBoundedJson('null')).toEqual({ ok: true, value: null });
  });

  it('refuses 2,000 levels of nesting before parsing', () => {
    const deep = '['.repeat(2000) + ']'.repeat(2000);
    const result = parseBoundedJson(deep);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issue).toContain('nested deeper');
  });

  it('accepts nesting up to the limit', () => {
    const depth = eventJsonLimits.maxDepth;
    expect(parseBoundedJson('['.repeat(depth) + ']'.repeat(depth)).ok).toBe(true);
  });

  it('refuses one level too deep, and keeps counting past brackets written inside strings', () => {
    const depth = eventJsonLimits.maxDepth + 1;
    expect(parseBoundedJson('{"a":'.repeat(depth) + '1' + '}'.repeat(depth))).toMatchObject({ ok: false });
    // Many brackets but all in a string: more brackets than the limit, depth 1, accepted.
    expect(parseBoundedJson(JSON.stringify({ display_name: '{['.repeat(100) }))).toMatchObject({ ok: true });
    expect(parseBoundedJson(JSON.stringify({ name: '{'.repeat(100), deep: JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown }))).toMatchObject({
      ok: false,
    });
  });

  it('refuses a 300 kB string', () => {
    const result = parseBoundedJson(JSON.stringify({ display_name: 'x'.repeat(300 * 1024) }));
    expect(result).toMatchObject({ ok: false });
  });

  it('refuses text that is not JSON', () => {
    expect(parseBoundedJson('{"uuid": ')).toEqual({ ok: false, issue: 'not JSON' });
  });
});
