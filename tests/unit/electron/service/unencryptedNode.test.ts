// Plain http:// reaches a node only on this machine, or after the person confirmed "This node does
// not use encryption" for that node: the core refuses before any request (PIN, name) is sent.
import { afterEach, describe, expect, it } from 'vitest';
import { createMeetingService, createMemoryUnencryptedNodeStore, type MeetingService } from '../../../../electron/service';
import { silentLogger } from '../../../../electron/infinity/logger';
import { isLoopbackHostname, unencryptedDecision } from '../../../../electron/infinity/security/unencryptedNodes';
import { coreArgumentSchemas } from '../../../../electron/shared/coreArguments';
import { FakeNode } from '../../../support/fakeNode';

const services: MeetingService[] = [];
afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.shutdown('test over')));
});

function serviceWith(store = createMemoryUnencryptedNodeStore()) {
  const node = new FakeNode();
  const service = createMeetingService({ fetch: node.fetch, logger: silentLogger, random: () => 0.5, unencryptedNodes: store });
  services.push(service);
  return { node, service, store };
}

const plain = { node: 'http://node.example.com:8080', alias: 'meet.alice', displayName: 'Alice', pin: '1234' };

describe('joining a node over plain http', () => {
  it('refuses a remote http node without confirmation and sends nothing to it', async () => {
    const { node, service } = serviceWith();
    const result = await service.handlers.join(plain);
    expect(result).toMatchObject({ ok: false, error: { code: 'unencrypted_node', host: 'node.example.com:8080' } });
    expect(!result.ok && result.error.message).toContain('does not use encryption');
    expect(node.requestsTo('request_token')).toHaveLength(0);
  });

  it('joins once confirmed, and remembers the decision for that node only', async () => {
    const { node, service, store } = serviceWith();
    expect(await service.handlers.join({ ...plain, allowUnencrypted: true })).toMatchObject({ ok: true });
    expect(node.requestsTo('request_token')).toHaveLength(1);
    expect(store.isAllowed('node.example.com:8080')).toBe(true);
    expect(store.isAllowed('node.example.com')).toBe(false);
    await service.shutdown('next');

    const again = serviceWith(store);
    expect(await again.service.handlers.join(plain)).toMatchObject({ ok: true });
    const other = serviceWith(store);
    expect(await other.service.handlers.join({ ...plain, node: 'http://other.example.com:8080' })).toMatchObject({ ok: false, error: { code: 'unencrypted_node' } });
  });

  it('lets https and loopback http through without a question', async () => {
    const store = createMemoryUnencryptedNodeStore();
    expect(unencryptedDecision('https://node.example.com', store)).toBe('encrypted');
    expect(unencryptedDecision('http://127.0.0.1:18080', store)).toBe('loopback');
    expect(unencryptedDecision('http://[::1]:18080', store)).toBe('loopback');
    expect(unencryptedDecision('http://localhost:18080', store)).toBe('loopback');
    expect(unencryptedDecision('http://10.0.0.5', store)).toBe('needs_confirmation');
    expect(unencryptedDecision('http://127.0.0.1.evil.example', store)).toBe('needs_confirmation');
    expect(isLoopbackHostname('128.0.0.1')).toBe(false);
  });

  it('accepts the confirmation only as a boolean from the renderer', () => {
    expect(coreArgumentSchemas.join.safeParse({ ...plain, allowUnencrypted: 'yes' }).success).toBe(false);
    expect(coreArgumentSchemas.join.safeParse({ ...plain, allowUnencrypted: true }).success).toBe(true);
  });
});
