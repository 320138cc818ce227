import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { describe, expect, it } from 'vitest';
import { formatEvent, formatKeepAlive } from '../../sim/events/sseFormat';

function parse(text: string): EventSourceMessage[] {
  const events: EventSourceMessage[] = [];
  createParser({ onEvent: (event) => events.push(event) }).feed(text);
  return events;
}

describe('SSE format', () => {
  it('round-trips an event with its id through a standard parser', () => {
    expect(parse(formatEvent(7, 'participant_delete', '{"uuid":"x"}'))).toEqual([
      { id: '7', event: 'participant_delete', data: '{"uuid":"x"}' },
    ]);
  });

  it('keeps multi-line data intact', () => {
    expect(parse(formatEvent(1, 'raw', 'line one\nline two'))[0]?.data).toBe('line one\nline two');
  });

  it('sends keep-alives that parsers ignore', () => {
    expect(parse(formatKeepAlive() + formatEvent(2, 'stage', '[]'))).toEqual([{ id: '2', event: 'stage', data: '[]' }]);
  });
});
