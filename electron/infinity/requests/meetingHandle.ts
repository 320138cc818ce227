// What the typed operations see of the active meeting: its request context, its media call, the
// latest presentation frame, token refresh and release.
import { commandError, requestWords } from './requestErrors';
import { sessionEndWords, type ActiveMeeting } from '../session/activeMeeting';
import type { MeetingHandle } from './meetingOperations';

export function meetingHandleOf(active: ActiveMeeting): MeetingHandle {
  return {
    context: active.commandContext,
    get callUuid() {
      return active.callUuid;
    },
    set callUuid(value) {
      active.callUuid = value;
    },
    get presentationFrameId() {
      return active.state.latestPresentationFrameId;
    },
    refreshToken: async () => {
      const refreshed = await active.refreshToken();
      return refreshed.ok
        ? { ok: true, value: { expiresSeconds: refreshed.expiresSeconds } }
        : { ok: false, error: commandError('failed', requestWords.failed, refreshed.detail) };
    },
    release: (reason) => active.end('left', sessionEndWords.left, true, reason),
  };
}
