import { describe, expect, it } from 'vitest';
import { toConferenceStatus } from '../../../../../electron/infinity/events/conferenceMapping';

describe('toConferenceStatus classification', () => {
  it('names the current level from the levels the node sent', () => {
    const status = toConferenceStatus({ classification: { current: 2, levels: { '1': 'Official', '2': 'Secret' } } }, null);
    expect(status.classification).toBe('Secret');
  });

  it.each(['constructor', 'toString', '__proto__', 'valueOf'])('shows an invented level key (%s) as its own text, never a function', (key) => {
    const status = toConferenceStatus({ classification: { current: key, levels: {} } }, null);
    expect(status.classification).toBe(key);
    // The status must still cross the bridge (IPC and the WebSocket both clone or serialise it).
    expect(structuredClone(status)).toEqual(status);
    expect(JSON.parse(JSON.stringify(status))).toEqual(status);
  });
});

describe('a conference_update as the node sends it', () => {
  it('keeps a hostile classification as text after parsing the JSON', async () => {
    const { wireConferenceSchema } = await import('../../../../../electron/infinity/events/eventSchemas');
    const wire = wireConferenceSchema.parse(JSON.parse('{"classification":{"current":"constructor","levels":{"__proto__":"x"}}}'));
    const status = toConferenceStatus(wire, null);
    expect(status.classification).toBe('constructor');
    expect(structuredClone(status)).toEqual(status);
  });
});
