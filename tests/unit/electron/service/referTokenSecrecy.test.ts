// A refer's one-time token is a credential for the next meeting: it stays in the core, also when
// the refer arrives wrapped in a breakout_event (a host watching a breakout room).
import { afterEach, describe, expect, it } from 'vitest';
import { createMeetingService, silentLogger, type MeetingService } from '../../../../electron/service';
import { translateEvent } from '../../../../electron/infinity/events/eventTranslator';
import type { BridgeEvent } from '../../../../electron/shared/bridge';
import { FakeNode, sseFrame, wireParticipant } from '../../../support/fakeNode';

const services: MeetingService[] = [];

afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.shutdown('test over')));
});

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

describe('refer token secrecy', () => {
  it('keeps the token out of a relayed refer, bare or inside a breakout_event', () => {
    const bare = translateEvent('refer', { alias: 'meet.next', token: 'REFER-SECRET' });
    const wrapped = translateEvent('breakout_event', { breakout_uuid: 'b1', event: 'refer', data: { alias: 'meet.next', token: 'REFER-SECRET' } });
    expect(bare).toMatchObject({ ok: true, event: { kind: 'relayed', event: { name: 'refer', data: { alias: 'meet.next' } } } });
    expect(wrapped).toMatchObject({ ok: true, event: { relayed: { data: { event: 'refer', data: { alias: 'meet.next' } } } } });
    const relayed = [bare, wrapped].map((result) => (result.ok && result.event.kind === 'breakout_event' ? result.event.relayed : result.ok && result.event.kind === 'relayed' ? result.event.event : null));
    expect(JSON.stringify(relayed)).not.toContain('REFER-SECRET');
  });

  it('never sends a breakout room refer token to the renderer', async () => {
    const node = new FakeNode();
    const service = createMeetingService({ fetch: node.fetch, logger: silentLogger, random: () => 0.5 });
    services.push(service);
    const events: BridgeEvent[] = [];
    service.onEvent((event) => events.push(event));
    expect((await service.handlers.join({ node: 'node.example.com', alias: 'meet.alice', displayName: 'Alice' })).ok).toBe(true);
    await settle();
    const stream = node.latestStream;
    stream.push(sseFrame('participant_sync_begin', null));
    stream.push(sseFrame('participant_create', wireParticipant('self-uuid', 'Alice')));
    stream.push(sseFrame('participant_sync_end', null));
    stream.push(sseFrame('breakout_event', { breakout_uuid: 'b1', event: 'refer', data: { alias: 'meet.next', token: 'REFER-SECRET' } }));
    await settle();
    const everything = JSON.stringify(events);
    expect(everything).toContain('meet.next'); // the wrapped refer did reach the renderer
    expect(everything).not.toContain('REFER-SECRET');
  });
});
