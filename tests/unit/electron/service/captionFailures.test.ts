import { describe, expect, it } from 'vitest';
import { captionFailureMessage, captionFailureMessages } from '../../../../electron/service/captionFailures';
import { toTransforms } from '../../../../electron/service/meetingControlsHandlers';
import { meetingControlsArgumentSchemas } from '../../../../electron/shared/meetingControlsArguments';

describe('meeting controls in the core', () => {
  it("puts each of Infinity's caption refusals in words", () => {
    const refused = (detail: string) => captionFailureMessage({ code: 'forbidden', message: 'Refused.', detail });
    expect(refused('Live captions not available')).toBe(captionFailureMessages.notAvailable);
    expect(refused('Not configured')).toBe(captionFailureMessages.notConfigured);
    expect(refused('Dial out not allowed')).toBe(captionFailureMessages.dialOutNotAllowed);
    expect(captionFailureMessage({ code: 'node_unreachable', message: 'Parley could not reach the meeting server.' })).toContain(
      'could not reach',
    );
  });

  it('maps layout switches onto transform_layout fields', () => {
    expect(toTransforms({ layout: '2x2', recordingIndicator: true, overlayText: false })).toEqual({
      layout: '2x2',
      recording_indicator: true,
      enable_overlay_text: false,
    });
  });

  it('refuses malformed actions from the renderer', () => {
    const participant = meetingControlsArgumentSchemas.participantAction;
    expect(participant.safeParse({ participantUuid: 'p', action: 'mute' }).success).toBe(true);
    expect(participant.safeParse({ participantUuid: 'p', action: 'explode' }).success).toBe(false);
    expect(participant.safeParse({ participantUuid: 'p', action: 'dtmf', digits: '12; rm' }).success).toBe(false);
    expect(participant.safeParse({ participantUuid: 'p', action: 'transfer', alias: 'meet.b', role: 'host' }).success).toBe(true);
    expect(meetingControlsArgumentSchemas.transformLayout.safeParse({}).success).toBe(false);
    expect(meetingControlsArgumentSchemas.sendAppMessage.safeParse({ payload: 'not json' }).success).toBe(false);
  });
});
