// Which node a join goes to: the node field or alias@domain, SRV order, maintenance skipped,
// the domain itself as the fallback. Injected resolver and fetch: no DNS, no network.
import { describe, expect, it } from 'vitest';
import { domainOfMeetingUri, findJoinNode, joinNodeInput, type SrvRecord, type SrvResolver } from '../../../../../electron/service';

const record = (name: string, priority: number, weight: number, port = 443): SrvRecord => ({ name, port, priority, weight });

function statusFetch(statuses: Record<string, number>, asked: string[]): typeof fetch {
  return (async (input: string | URL | Request) => {
    const url = String(input);
    asked.push(url);
    const origin = new URL(url).origin;
    const status = statuses[origin];
    if (status === undefined) throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    return new Response(JSON.stringify({ status: 'success', result: status === 200 ? 'OK' : 'Maintenance' }), { status });
  }) as typeof fetch;
}

describe('meeting URIs', () => {
  it('takes the domain of alias@domain', () => {
    expect(domainOfMeetingUri('meet.alice@example.com')).toBe('example.com');
    expect(domainOfMeetingUri('meet.alice')).toBeNull();
    expect(domainOfMeetingUri('@example.com')).toBeNull();
    expect(domainOfMeetingUri('meet@')).toBeNull();
    expect(domainOfMeetingUri('meet@exa mple/com')).toBeNull();
  });

  it('prefers the node field to the URI domain', () => {
    expect(joinNodeInput(' node.example.org ', 'meet@example.com')).toBe('node.example.org');
    expect(joinNodeInput('', 'meet@example.com')).toBe('example.com');
    expect(joinNodeInput('', 'meet')).toBeNull();
  });
});

describe('finding the node for a join', () => {
  const resolver: SrvResolver = async (name) => {
    if (name === '_pexapp._tcp.example.com') {
      return [record('n3.example.com', 20, 0), record('n1.example.com', 10, 0), record('n2.example.com', 10, 0, 8443)];
    }
    throw Object.assign(new Error('queryNotFound'), { code: 'ENOTFOUND' });
  };

  it('skips a node in maintenance and one that does not answer, in SRV order', async () => {
    const asked: string[] = [];
    // random 0: the zero-weight records keep their order within priority 10.
    const fetch = statusFetch({ 'https://n1.example.com': 503, 'https://n3.example.com': 200 }, asked);
    const found = await findJoinNode('', 'meet.alice@example.com', { resolveSrv: resolver, fetch, random: () => 0 });
    expect(found).toMatchObject({ ok: true, via: 'srv', node: { baseUrl: 'https://n3.example.com' } });
    expect(asked).toEqual([
      'https://n1.example.com/api/client/v2/status',
      'https://n2.example.com:8443/api/client/v2/status',
      'https://n3.example.com/api/client/v2/status',
    ]);
    if (found.ok) expect(found.checked.map((check) => check.status)).toEqual(['maintenance', 'unreachable', 'available']);
  });

  it('falls back to the domain itself when no SRV node is available', async () => {
    const fetch = statusFetch({ 'https://n1.example.com': 503, 'https://n2.example.com:8443': 503, 'https://n3.example.com': 503 }, []);
    const found = await findJoinNode('example.com', 'meet.alice', { resolveSrv: resolver, fetch, random: () => 0 });
    expect(found).toMatchObject({ ok: true, via: 'domain', node: { baseUrl: 'https://example.com' } });
  });

  it('uses a domain without records, or a full address, as it is, with no status check', async () => {
    const asked: string[] = [];
    const fetch = statusFetch({}, asked);
    expect(await findJoinNode('', 'meet@other.org', { resolveSrv: resolver, fetch })).toMatchObject({
      ok: true,
      via: 'address',
      node: { baseUrl: 'https://other.org' },
    });
    expect(await findJoinNode('http://127.0.0.1:18080', 'meet', { resolveSrv: resolver, fetch })).toMatchObject({
      ok: true,
      via: 'address',
      node: { baseUrl: 'http://127.0.0.1:18080' },
    });
    expect(asked).toEqual([]);
  });

  it('reaches SRV targets over http when told to (a loopback simulator)', async () => {
    const loopback: SrvResolver = async () => [record('127.0.0.1', 0, 0, 18080)];
    const fetch = statusFetch({ 'http://127.0.0.1:18080': 200 }, []);
    expect(await findJoinNode('parley.test', 'meet', { resolveSrv: loopback, fetch, srvScheme: 'http' })).toMatchObject({
      ok: true,
      via: 'srv',
      node: { baseUrl: 'http://127.0.0.1:18080' },
    });
  });

  it('refuses nothing to look up', async () => {
    expect(await findJoinNode('', 'meet.alice', { resolveSrv: resolver })).toEqual({ ok: false });
    expect(await findJoinNode('not a host', 'meet', { resolveSrv: resolver })).toEqual({ ok: false });
  });
});
