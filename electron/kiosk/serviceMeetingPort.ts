// The kiosk policy's view of a MeetingService: join and leave through its bridge handlers, events
// through onEvent, layout and captions through its typed operations.
import type { MeetingService } from '../service';
import type { KioskMeetingPort } from './meetingPort';

export function meetingPortFor(service: MeetingService): KioskMeetingPort {
  return {
    join: (request) => service.handlers.join(request),
    async leave(reason) {
      if (service.joined) await service.handlers.leave({ reason });
    },
    current() {
      const state = service.state();
      if (!state) return null;
      return { info: state.info, participantCount: state.participants.length };
    },
    async hangUpCall() {
      if (service.joined) await service.handlers.disconnectCall(null);
    },
    async requestLayout(layout) {
      const result = await service.operations.conference.transformLayout({ transforms: { layout } });
      return result.ok;
    },
    async showCaptions(on) {
      const state = service.state();
      if (!state) return false;
      const arg = { participantUuid: state.info.participantUuid };
      const result = on
        ? await service.operations.participant.showLiveCaptions(arg)
        : await service.operations.participant.hideLiveCaptions(arg);
      return result.ok;
    },
    onEvent: (listener) => service.onEvent(listener),
    emit: (body) => service.kiosk.emit(body),
  };
}
