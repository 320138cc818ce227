import { describe, expect, it } from 'vitest';
import { normalizeNodeAddress } from '../../../../../electron/infinity/http/nodeAddress';

describe('normalizeNodeAddress', () => {
  it.each([
    ['node.example.com', 'https://node.example.com', 'node.example.com'],
    ['  node.example.com  ', 'https://node.example.com', 'node.example.com'],
    ['node.example.com:8443', 'https://node.example.com:8443', 'node.example.com:8443'],
    ['https://Node.Example.com/', 'https://node.example.com', 'node.example.com'],
    ['https://node.example.com:443', 'https://node.example.com', 'node.example.com'],
    ['http://127.0.0.1:18080', 'http://127.0.0.1:18080', '127.0.0.1:18080'],
    ['HTTP://127.0.0.1:18080/', 'http://127.0.0.1:18080', '127.0.0.1:18080'],
    ['[::1]:8080', 'https://[::1]:8080', '[::1]:8080'],
  ])('accepts %j', (input, baseUrl, host) => {
    expect(normalizeNodeAddress(input)).toEqual({ baseUrl, host });
  });

  it.each([
    '',
    '   ',
    'https://node.example.com/api/client/v2',
    'node.example.com/path',
    'ftp://node.example.com',
    'ws://node.example.com',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'https://user:pass@node.example.com',
    'https://node.example.com?x=1',
    'https://node.example.com#frag',
    'node example.com',
    'https://',
  ])('rejects %j', (input) => {
    expect(normalizeNodeAddress(input)).toBeNull();
  });
});
