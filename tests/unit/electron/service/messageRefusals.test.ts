// Chat (sendMessage) and app messages (sendAppMessage) both POST conference `message`: one request
// wrapper, so the node's refusal reads the same whichever command sent it.
import { afterEach, describe, expect, it } from 'vitest';
import { createMeetingService, type MeetingService } from '../../../../electron/service';
import { silentLogger } from '../../../../electron/infinity/logger';
import { requestMessages } from '../../../../electron/infinity/requests/requestErrors';
import { FakeNode, jsonReply } from '../../../support/fakeNode';

const services: MeetingService[] = [];

async function joinedService(node: FakeNode): Promise<MeetingService> {
  const service = createMeetingService({ fetch: node.fetch, logger: silentLogger, random: () => 0.5 });
  services.push(service);
  const joined = await service.handlers.join({ node: 'node.example.com', alias: 'meet.alice', displayName: 'Alice' });
  expect(joined.ok).toBe(true);
  return service;
}

async function bothRefusals(reply: { status: number; body: unknown }) {
  const node = new FakeNode();
  const service = await joinedService(node);
  node.on('message', () => jsonReply(reply.status, reply.body));
  const chat = await service.handlers.sendMessage({ text: 'hello' });
  const app = await service.handlers.sendAppMessage({ payload: '{"kind":"ping"}' });
  expect(node.requestsTo('message').map((request) => (request.body as { type: string }).type)).toEqual(['text/plain', 'application/json']);
  return { chat, app };
}

afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.shutdown('test over')));
});

describe('message refusals', () => {
  it('reads the same for chat and app messages when the node answers success: false', async () => {
    const { chat, app } = await bothRefusals({ status: 200, body: { status: 'success', result: false } });
    expect(chat).toEqual({ ok: false, error: { code: 'failed', message: requestMessages.notSuccessful, wording: 'notSuccessful' } });
    expect(app).toEqual(chat);
  });

  it('reads the same for chat and app messages when the node refuses with a status', async () => {
    const { chat, app } = await bothRefusals({ status: 403, body: { status: 'failed', result: 'Chat is disabled' } });
    expect(chat).toEqual({
      ok: false,
      error: { code: 'forbidden', message: requestMessages.forbidden, wording: 'forbidden', detail: 'Chat is disabled', status: 403 },
    });
    expect(app).toEqual(chat);
  });

  it('reads the same for chat and app messages when the node cannot answer', async () => {
    const { chat, app } = await bothRefusals({ status: 503, body: { status: 'failed', result: 'Busy' } });
    expect(chat).toMatchObject({ ok: false, error: { code: 'failed', message: requestMessages.failed, wording: 'failed', status: 503 } });
    expect(app).toEqual(chat);
  });
});
