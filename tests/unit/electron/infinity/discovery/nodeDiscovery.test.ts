// SRV ordering (RFC 2782), candidate nodes for a typed address, and the /status maintenance check,
// with an injected resolver and fetch (no DNS, no network).
import { describe, expect, it } from 'vitest';
import { checkNodeStatus, discoverNode, nodeCandidates, orderSrvRecords, type SrvRecord, type SrvResolver } from '../../../../../electron/service';

const record = (name: string, priority: number, weight: number, port = 443): SrvRecord => ({ name, port, priority, weight });

/** A random source returning the given values in turn. */
function sequence(...values: number[]): () => number {
  let index = 0;
  return () => values[index++ % values.length] ?? 0;
}

describe('SRV record order', () => {
  it('tries lower priorities first, whatever the weights', () => {
    const ordered = orderSrvRecords([record('b.example', 20, 100), record('a.example', 10, 0), record('c.example', 30, 5)], () => 0.99);
    expect(ordered.map((r) => r.name)).toEqual(['a.example', 'b.example', 'c.example']);
  });

  it('draws within a priority in proportion to weight (running sums, zero weights first)', () => {
    const records = [record('heavy', 10, 60), record('zero', 10, 0), record('light', 10, 40)];
    // total 100: a draw of 0 picks the zero-weight record (placed first), 50 picks heavy (sum 60).
    expect(orderSrvRecords(records, sequence(0, 0.5, 0)).map((r) => r.name)).toEqual(['zero', 'heavy', 'light']);
    // a draw of 70 (> 60) picks light; then heavy; zero last.
    expect(orderSrvRecords(records, sequence(0.7, 0.99, 0)).map((r) => r.name)).toEqual(['light', 'heavy', 'zero']);
  });

  it('honours weights over many draws', () => {
    let state = 1;
    const random = () => ((state = (state * 16807) % 2147483647) / 2147483647);
    const firsts = { heavy: 0, light: 0 };
    for (let i = 0; i < 2000; i += 1) {
      const first = orderSrvRecords([record('heavy', 0, 90), record('light', 0, 10)], random)[0]?.name as 'heavy' | 'light';
      firsts[first] += 1;
    }
    expect(firsts.heavy / 2000).toBeGreaterThan(0.8);
    expect(firsts.light).toBeGreaterThan(50);
  });

  it('treats a "." target as no service', () => {
    expect(orderSrvRecords([record('.', 0, 0)])).toEqual([]);
  });
});

describe('node candidates', () => {
  const asked: string[] = [];
  const resolver: SrvResolver = async (name) => {
    asked.push(name);
    if (name === '_pexapp._tcp.example.com') return [record('node2.example.com.', 20, 0), record('node1.example.com', 10, 0, 8443)];
    throw Object.assign(new Error('queryNotFound'), { code: 'ENOTFOUND' });
  };

  it('resolves a domain through _pexapp._tcp, best record first, port kept', async () => {
    const candidates = await nodeCandidates('example.com', { resolveSrv: resolver });
    expect(candidates.map((c) => [c.node.baseUrl, c.source])).toEqual([
      ['https://node1.example.com:8443', 'srv'],
      ['https://node2.example.com', 'srv'],
    ]);
    expect(asked).toContain('_pexapp._tcp.example.com');
  });

  it('falls back to the domain itself without an SRV record', async () => {
    expect((await nodeCandidates('meet.other.org', { resolveSrv: resolver })).map((c) => c.node.baseUrl)).toEqual(['https://meet.other.org']);
  });

  it('skips DNS for a full URL, an address with a port, an IP or localhost', async () => {
    asked.length = 0;
    for (const input of ['https://example.com', 'example.com:8443', '127.0.0.1', 'localhost']) {
      const [candidate] = await nodeCandidates(input, { resolveSrv: resolver });
      expect(candidate?.source).toBe('address');
    }
    expect(asked).toEqual([]);
    expect(await nodeCandidates('not a host', { resolveSrv: resolver })).toEqual([]);
  });
});

function fakeStatusFetch(statuses: Record<string, number | Error>): typeof fetch {
  return async (input) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    expect(url.pathname).toBe('/api/client/v2/status');
    const status = statuses[url.host];
    if (status === undefined || status instanceof Error) throw status ?? new TypeError('fetch failed');
    const body = status === 200 ? { status: 'success', result: 'OK' } : { status: 'failed', result: status === 503 ? 'Maintenance mode' : 'Nope' };
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
}

describe('node status', () => {
  it('reads 200 as available and 503 as maintenance, other answers as errors with the node text', async () => {
    const fetcher = fakeStatusFetch({ 'up.example': 200, 'down.example': 503, 'odd.example': 500 });
    expect(await checkNodeStatus('https://up.example', fetcher)).toEqual({ ok: true, value: 'available' });
    expect(await checkNodeStatus('https://down.example', fetcher)).toEqual({ ok: true, value: 'maintenance' });
    expect(await checkNodeStatus('https://odd.example', fetcher)).toMatchObject({ ok: false, error: { status: 500, detail: 'Nope' } });
    expect(await checkNodeStatus('https://gone.example', fetcher)).toMatchObject({ ok: false, error: { code: 'node_unreachable' } });
  });

  it('discovers the first candidate not in maintenance', async () => {
    const resolveSrv: SrvResolver = async () => [record('n1.example.com', 10, 0), record('n2.example.com', 20, 0), record('n3.example.com', 30, 0)];
    const fetcher = fakeStatusFetch({ 'n1.example.com': 503, 'n2.example.com': new TypeError('fetch failed'), 'n3.example.com': 200 });
    const result = await discoverNode('example.com', { resolveSrv, fetch: fetcher });
    expect(result).toMatchObject({ kind: 'found', node: { baseUrl: 'https://n3.example.com' } });
    expect(result.kind === 'found' && result.checked.map((c) => c.status)).toEqual(['maintenance', 'unreachable', 'available']);
  });

  it('says maintenance when every reachable candidate is in maintenance', async () => {
    const resolveSrv: SrvResolver = async () => [record('n1.example.com', 10, 0)];
    expect(await discoverNode('example.com', { resolveSrv, fetch: fakeStatusFetch({ 'n1.example.com': 503 }) })).toMatchObject({ kind: 'maintenance' });
    expect(await discoverNode('example.com', { resolveSrv, fetch: fakeStatusFetch({}) })).toMatchObject({ kind: 'unreachable' });
    expect(await discoverNode('', { resolveSrv })).toEqual({ kind: 'invalid_address' });
  });
});
