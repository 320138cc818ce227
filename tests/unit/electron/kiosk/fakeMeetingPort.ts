// A fake KioskMeetingPort for the room policy tests: records joins and leaves, fires bridge events.
import type { BridgeEvent, BridgeEventBody, BridgeEventListener, JoinError, JoinRequest, Result } from '../../../../electron/shared/bridge';
import type { KioskEventBody } from '../../../../electron/shared/kioskCommands';
import type { JoinedInfo } from '../../../../electron/shared/meeting';
import type { KioskMeetingPort } from '../../../../electron/kiosk/meetingPort';
import { joinedInfo } from '../../../support/meetingBuilders';

export function infoFor(uuid: string): JoinedInfo {
  return joinedInfo({ alias: 'meet.room', conferenceName: 'Room', displayName: 'Room 1', participantUuid: uuid });
}

export const maintenance: JoinError = { code: 'maintenance', message: 'The meeting server is in maintenance.' };

export class FakePort implements KioskMeetingPort {
  joinTimes: number[] = [];
  requests: JoinRequest[] = [];
  /** Participants in the meeting, the room included. */
  participantCount = 1;
  results: Result<JoinedInfo, JoinError>[] = [];
  leaves: string[] = [];
  kioskEvents: KioskEventBody[] = [];
  layouts: string[] = [];
  hangUps = 0;
  inMeeting: JoinedInfo | null = null;
  private listener: BridgeEventListener | null = null;
  private joins = 0;

  join = async (request: JoinRequest): Promise<Result<JoinedInfo, JoinError>> => {
    this.joinTimes.push(Date.now());
    this.requests.push(request);
    this.joins += 1;
    const result = this.results.shift() ?? { ok: true, value: infoFor(`uuid-${this.joins}`) };
    if (result.ok) this.inMeeting = result.value;
    return result;
  };
  leave = async (reason: string): Promise<void> => {
    this.leaves.push(reason);
    if (this.inMeeting) this.fire({ type: 'session_ended', code: 'left', reason: 'You left the meeting.' });
    this.inMeeting = null;
  };
  current = () => (this.inMeeting ? { info: this.inMeeting, participantCount: this.participantCount } : null);
  hangUpCall = async () => {
    this.hangUps += 1;
  };
  requestLayout = async (layout: string) => {
    this.layouts.push(layout);
    return true;
  };
  showCaptions = async () => true;
  onEvent = (listener: BridgeEventListener) => {
    this.listener = listener;
    return () => (this.listener = null);
  };
  emit = (body: KioskEventBody) => {
    this.kioskEvents.push(body);
  };
  fire(body: BridgeEventBody): void {
    if (body.type === 'session_ended') this.inMeeting = null;
    this.listener?.({ ...body, receivedAt: Date.now() } as BridgeEvent);
  }
  joinedEvents() {
    return this.kioskEvents.filter((event) => event.type === 'kiosk_joined');
  }
}

