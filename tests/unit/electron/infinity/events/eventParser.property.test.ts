// Property-based: whatever a node sends as an event (the API document's examples altered at
// random, hostile values, unknown names, text that is not JSON), the core's event parser neither
// throws nor produces anything that cannot cross the bridge. A few hundred cases, so it stays quick;
// npm run soak runs the same arbitraries by the hundred thousand through the whole core.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translateEvent } from '../../../../../electron/infinity/events/eventTranslator';
import { serverEventSchemas } from '../../../../../electron/infinity/events/serverEventSchemas';
import { parseBoundedJson } from '../../../../../electron/infinity/wire/boundedJson';
import { MeetingState } from '../../../../../electron/infinity/state/meetingState';
import { joinedInfo } from '../../../../support/meetingBuilders';
import { crossesBridge } from '../../../../support/bridgeCrossing';
import { eventArbitrary, eventExamples, hostileText, prototypeKey } from '../../../../support/nodeInputArbitraries';

const names = Object.keys(serverEventSchemas);

function parse(name: string, data: string) {
  const json = parseBoundedJson(data);
  return json.ok ? translateEvent(name, json.value, '7') : ({ ok: false, issue: json.issue } as const);
}

describe('the event parser, on generated node input', () => {
  it('never throws and yields only events that cross the bridge', () => {
    fc.assert(
      fc.property(eventArbitrary(names), ({ name, data }) => {
        const outcome = parse(name, data);
        if (outcome.ok) expect(crossesBridge(outcome.event)).toEqual({ ok: true });
        else expect(typeof outcome.issue).toBe('string');
      }),
      { numRuns: 400, seed: 11 },
    );
  });

  it('builds meeting state from any sequence of them that crosses the bridge, events and snapshots alike', () => {
    fc.assert(
      fc.property(fc.array(eventArbitrary(names), { minLength: 1, maxLength: 25 }), (events) => {
        const state = new MeetingState(joinedInfo({ conferenceName: 'Soak', displayName: 'Me', participantUuid: 'self', role: 'host' }));
        for (const { name, data } of events) {
          const outcome = parse(name, data);
          if (!outcome.ok) continue;
          for (const body of state.apply(outcome.event, 1)) expect(crossesBridge(body)).toEqual({ ok: true });
        }
        expect(crossesBridge(state.snapshot())).toEqual({ ok: true });
        expect(crossesBridge(state.fullSnapshot())).toEqual({ ok: true });
      }),
      { numRuns: 150, seed: 13 },
    );
  });

  it('shows a classification the node names by any key as text, never as what a plain object inherits', () => {
    const example = eventExamples.find((e) => e.event === 'conference_update');
    if (!example) throw new Error('no conference_update example');
    fc.assert(
      fc.property(fc.oneof(prototypeKey, hostileText), fc.dictionary(hostileText, fc.string(), { maxKeys: 3 }), (current, levels) => {
        const state = new MeetingState(joinedInfo({ conferenceName: 'Soak', displayName: 'Me', participantUuid: 'self', role: 'host' }));
        const outcome = parse('conference_update', JSON.stringify({ ...(example.data as object), classification: { levels, current } }));
        if (!outcome.ok) throw new Error(outcome.issue);
        for (const body of state.apply(outcome.event, 1)) {
          expect(crossesBridge(body)).toEqual({ ok: true });
          if (body.type === 'conference') expect(typeof body.status.classification).toBe('string');
        }
      }),
      { numRuns: 200, seed: 14 },
    );
  });

  it('keeps a display name exactly as sent, even one that names an Object.prototype member', () => {
    const example = eventExamples.find((e) => e.event === 'participant_create');
    if (!example) throw new Error('no participant_create example');
    fc.assert(
      fc.property(fc.oneof(fc.string(), prototypeKey), (displayName) => {
        const data = JSON.stringify({ ...(example.data as object), display_name: displayName });
        const outcome = parse('participant_create', data);
        expect(outcome.ok && outcome.event.kind === 'participant_create' ? outcome.event.participant.displayName : null).toBe(displayName);
      }),
      { numRuns: 200, seed: 12 },
    );
  });
});
