// The presentation store, composed of its three concerns: presenting (presentationPresenting.ts),
// receiving (presentationReceiving.ts) and the presentation's own window (presentationWindow.ts).
// This file owns what they share (the share's state, the notice, the slides queue) and the
// wiring between them and the session and call.
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import { useCallStore } from '../call/callStore';
import { useSessionStore } from '../session/sessionStore';
import { createPresentationPresenting } from './presentationPresenting';
import { createPresentationReceiving } from './presentationReceiving';
import type { PresentationNotice, ShareState } from './presentationTexts';
import { createPresentationWindow } from './presentationWindow';
import { createSlidesQueue } from './slidesQueue';

export const usePresentationStore = defineStore('presentation', () => {
  const session = useSessionStore();
  const call = useCallStore();

  const shareState = ref<ShareState>('idle');
  const notice = ref<PresentationNotice | null>(null);
  const queueSlides = createSlidesQueue();
  const receiving = createPresentationReceiving(shareState, queueSlides);
  const presenting = createPresentationPresenting(shareState, notice, queueSlides, receiving);
  const popout = createPresentationWindow(receiving, notice);

  function dismissNotice(): void {
    notice.value = null;
  }

  watch(
    () => session.presentation,
    (next) => {
      if (next && shareState.value === 'presenting') presenting.handleTakenOver(next);
      if (!next) receiving.stillUrl.value = null;
      void receiving.syncReceiving();
    },
  );
  watch([receiving.incoming, receiving.audioOnly, () => call.currentPeer], () => void receiving.syncReceiving());
  // Created when the meeting view first needs it, which can be after the call started and a
  // presentation was announced: what is shared already is shown without waiting for a change.
  void receiving.syncReceiving();
  watch(receiving.showStills, (now) => {
    if (now) void receiving.fetchStill(null);
  });
  watch([receiving.incoming, receiving.incomingStream, receiving.stillUrl, receiving.showStills], popout.refreshPopout);
  watch(
    () => call.currentPeer,
    (peer) => {
      // A new call (reconnect) or none: whatever was shared went with the old peer connection.
      if (shareState.value === 'presenting' && !peer) void presenting.stopShare();
      if (!peer) receiving.dropIncomingStream();
    },
  );
  watch(
    () => session.state,
    (state) => {
      if (state === 'in_meeting') return;
      presenting.releaseLocalShare();
      receiving.dropIncomingStream();
      receiving.stillUrl.value = null;
      notice.value = null;
      popout.closePopout();
    },
  );

  return {
    shareState,
    localStream: presenting.localStream,
    profile: presenting.profile,
    notice,
    capabilities: presenting.capabilities,
    incoming: receiving.incoming,
    incomingStream: receiving.incomingStream,
    showStills: receiving.showStills,
    stillUrl: receiving.stillUrl,
    layout: receiving.layout,
    poppedOut: popout.poppedOut,
    requestShare: presenting.requestShare,
    listShareSources: presenting.listShareSources,
    openScreenRecordingSettings: presenting.openScreenRecordingSettings,
    shareVideoInput: presenting.shareVideoInput,
    cancelPick: presenting.cancelPick,
    confirmPick: presenting.confirmPick,
    stopShare: presenting.stopShare,
    setProfile: presenting.setProfile,
    dismissNotice,
    handleFrameNotice: receiving.handleFrameNotice,
    openInNewWindow: popout.openInNewWindow,
    closePopout: popout.closePopout,
  };
});
