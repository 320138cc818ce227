import { describe, expect, it } from 'vitest';
import { parseLaunchOptions, toRendererQuery } from '../../../../electron/main/launchOptions';

describe('launch options', () => {
  it('reads --flag value and --flag=value forms', () => {
    expect(parseLaunchOptions(['electron', '.', '--node', 'http://127.0.0.1:18080', '--alias=meet.alice'], {})).toEqual({
      node: 'http://127.0.0.1:18080',
      alias: 'meet.alice',
    });
  });

  it('falls back to the environment and ignores a flag with no value', () => {
    expect(parseLaunchOptions(['--node', '--alias', 'meet.pin'], { PARLEY_NODE: 'node.example.com' })).toEqual({
      node: 'node.example.com',
      alias: 'meet.pin',
    });
  });

  it('builds the renderer query, encoded', () => {
    expect(toRendererQuery({ node: 'http://127.0.0.1:18080', name: 'A & B' })).toBe('?node=http%3A%2F%2F127.0.0.1%3A18080&name=A+%26+B');
    expect(toRendererQuery({})).toBe('');
  });
});
