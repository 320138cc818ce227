// The API document's own examples (request bodies, answers, event payloads), typed out as JSON
// fixtures, parse with the core's schemas; altered copies do not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { requestBodySchemas } from '../../../../../electron/infinity/requests/requestBodies';
import { responseResultSchemas } from '../../../../../electron/infinity/requests/responseResults';
import { translateEvent } from '../../../../../electron/infinity/events/eventTranslator';
import { serverEventSchemas } from '../../../../../electron/infinity/events/serverEventSchemas';

function fixture<T>(name: string): T[] {
  return JSON.parse(readFileSync(new URL(`./specExamples/${name}.json`, import.meta.url), 'utf8')) as T[];
}

const requests = fixture<{ request: keyof typeof requestBodySchemas; body: unknown }>('requests');
const responses = fixture<{ response: keyof typeof responseResultSchemas; body?: { status: string; result: unknown }; result?: unknown }>('responses');
const events = fixture<{ event: string; data: unknown }>('events');

function issues(schema: z.ZodType, value: unknown): string[] {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('spec examples', () => {
  it.each(requests.map((r, i) => [`${i} ${r.request}`, r] as const))('request body %s parses', (_label, { request, body }) => {
    expect(requestBodySchemas[request], `no schema for ${request}`).toBeDefined();
    expect(issues(requestBodySchemas[request], body)).toEqual([]);
  });

  it.each(responses.map((r, i) => [`${i} ${r.response}`, r] as const))('answer %s parses', (_label, example) => {
    const schema = responseResultSchemas[example.response];
    expect(schema, `no schema for ${example.response}`).toBeDefined();
    const result = example.body ? example.body.result : example.result;
    expect(issues(schema, result)).toEqual([]);
  });

  it.each(events.map((e, i) => [`${i} ${e.event}`, e] as const))('event %s parses and translates', (_label, { event, data }) => {
    expect(Object.hasOwn(serverEventSchemas, event), `no schema for ${event}`).toBe(true);
    const translated = translateEvent(event, data, 'MTAuNDQuOTkuMl8xOA==');
    expect(translated.ok ? null : translated.issue).toBeNull();
    expect(translated.ok && translated.event.kind).not.toBe('other');
  });

  it('covers every documented event and every request with a body', () => {
    // participant_update has no example of its own (same payload as participant_create);
    // refresh_token is not in the document (nodes send it with no data) and release_token's body
    // (an optional reason) has no example either.
    const eventsWithoutExample = ['participant_update', 'refresh_token'];
    const requestsWithoutExample = ['release_token'];
    expect(new Set([...events.map((e) => e.event), ...eventsWithoutExample])).toEqual(new Set(Object.keys(serverEventSchemas)));
    expect(new Set([...requests.map((r) => r.request), ...requestsWithoutExample])).toEqual(new Set(Object.keys(requestBodySchemas)));
  });

  it('refuses altered examples, so the parses above can fail', () => {
    expect(issues(requestBodySchemas.dial, { role: 'GUEST', destination: 'bob@example.com', protocol: 'carrier-pigeon' })).not.toEqual([]);
    expect(issues(requestBodySchemas.transform_layout, { transforms: { layuot: '1:0' } })).not.toEqual([]);
    expect(issues(responseResultSchemas.request_token, { token: 'x', expires: 'soon', participant_uuid: 'p', display_name: 'A', role: 'HOST' })).not.toEqual([]);
    expect(issues(responseResultSchemas.get_classification_level, { levels: { 1: 2 }, current: 1 })).not.toEqual([]);
    expect(translateEvent('stage', [{ stage_index: '0', participant_uuid: 'a', vad: 0 }]).ok).toBe(false);
    expect(translateEvent('breakout_begin', { participant_uuid: 'x' }).ok).toBe(false);
    expect(translateEvent('refer', { breakout_name: 'Room 1' }).ok).toBe(false);
  });

  it('parses the spec participant into the renderer type and keeps the extra fields', () => {
    const example = events.find((e) => e.event === 'participant_create');
    const translated = translateEvent('participant_create', example?.data);
    if (!translated.ok || translated.event.kind !== 'participant_create') throw new Error('not translated');
    expect(translated.event.participant).toMatchObject({ displayName: 'Alice', role: 'host', canMute: true, isVideoCall: true });
    expect(translated.event.details).toMatchObject({ local_alias: 'meet.alice', send_to_audio_mixes: [{ mix_name: 'main', prominent: false }] });
  });
});
