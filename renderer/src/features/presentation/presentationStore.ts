// Presenting and receiving presentations. Presenting: capture → take_floor → slides sendonly →
// update → ack; stopping: release_floor → inactive → update; a presentation_start while we present
// means someone took the floor: we stop sending (no release) and receive theirs. Receiving:
// presentation_start → recvonly → update → ack; presentation_stop → inactive → update. Audio-only
// calls, or a presentation stream that carries nothing, show the node's still images instead.
import { defineStore } from 'pinia';
import { computed, markRaw, ref, shallowRef, watch } from 'vue';
import type { CommandError, Result } from '../../../../electron/shared/bridge';
import type { ShareCapabilities } from '../../../../electron/shared/presentationCommands';
import type { PresentationInfo } from '../../../../electron/shared/meeting';
import { useBridge } from '../../bridge';
import type { CallPeer } from '../../media/callPeer';
import {
  applyContentProfile,
  captureScreen,
  captureVideoInput,
  type CaptureResult,
  type ContentProfile,
} from '../../media/presentationSender';
import { watchPresentationFlow } from './presentationFlow';
import { openPresentationPopout, type PopoutContent, type PresentationPopout } from './presentationPopout';
import { useCallStore } from '../call/callStore';
import { useRosterStore } from '../roster/rosterStore';
import { useSessionStore } from '../session/sessionStore';

export type ShareState = 'idle' | 'picking' | 'starting' | 'presenting';

/** What is shared: the screen, or a video input (a room's HDMI capture device, which shows up as a camera). */
export type ShareSource = 'screen' | 'input';

/** Presentation large with the meeting small, both side by side, or meeting large (swapped). */
export type PresentationLayout = 'focus' | 'side-by-side' | 'swapped';

export interface PresentationNotice {
  kind: 'refused' | 'taken_over' | 'failed';
  text: string;
}

export const presentationTexts = {
  refused: (detail: string | undefined) => (detail ? `You cannot present in this meeting: ${detail}.` : 'You cannot present in this meeting.'),
  takenOver: (name: string, source: ShareSource) =>
    `${name} took over the presentation, so ${source === 'input' ? 'the input is' : 'your screen is'} no longer shared.`,
  noCall: 'Sharing needs the call to be connected.',
  failed: (source: ShareSource, message: string) =>
    `${source === 'input' ? 'The input' : 'Your screen'} could not be shared: ${message}`,
  nothingCaptured: (source: ShareSource) => (source === 'input' ? 'it gave no video' : 'no screen was captured'),
  popupBlocked: 'The presentation window could not be opened.',
  pickerFailed: (message: string) => `The screen picker is not available: ${message}`,
} as const;

export const usePresentationStore = defineStore('presentation', () => {
  const session = useSessionStore();
  const call = useCallStore();
  const roster = useRosterStore();

  const shareState = ref<ShareState>('idle');
  /** The screen being shared, for the presenter's preview. */
  const localStream = shallowRef<MediaStream | null>(null);
  const profile = ref<ContentProfile>('detail');
  const notice = ref<PresentationNotice | null>(null);
  const capabilities = ref<ShareCapabilities | null>(null);

  const incomingStream = shallowRef<MediaStream | null>(null);
  const stalled = ref(false);
  const stillUrl = ref<string | null>(null);
  const layout = ref<PresentationLayout>('focus');
  const poppedOut = ref(false);

  let sharedTrackEnded: (() => void) | null = null;
  /** What the current (or last) share came from, for wording what happens to it. */
  let sharedSource: ShareSource = 'screen';
  let stopWatchingFlow: (() => void) | null = null;
  let popout: PresentationPopout | null = null;
  /** Slides changes run one at a time, in the order they were asked for. */
  let slidesQueue: Promise<unknown> = Promise.resolve();

  const rxAllowed = computed(() => {
    const selfUuid = session.info?.participantUuid;
    return selfUuid === undefined || roster.find(selfUuid)?.rxPresentationAllowed !== false;
  });
  /** Someone else's presentation we should be showing. */
  const incoming = computed<PresentationInfo | null>(() =>
    shareState.value !== 'presenting' && rxAllowed.value ? session.presentation : null,
  );
  const audioOnly = computed(() => session.info?.callType === 'audio');
  /** Still images instead of the stream: no video in this call, or the stream failed. */
  const showStills = computed(() => incoming.value !== null && (audioOnly.value || stalled.value));

  function queueSlides<T>(run: () => Promise<T>): Promise<T> {
    const next = slidesQueue.then(run);
    slidesQueue = next.catch(() => undefined);
    return next;
  }

  // ---- presenting ----

  /** The "Share screen" button: Parley's own picker where main offers one, else straight to capture. */
  async function requestShare(): Promise<void> {
    if (shareState.value !== 'idle') return;
    notice.value = null;
    shareState.value = 'picking';
    const result = await useBridge()
      .getShareCapabilities(null)
      .catch(() => null);
    capabilities.value = result?.ok ? result.value : null;
    if (capabilities.value?.picker === 'app') return; // SharePicker is open now.
    shareState.value = 'idle';
    await startShare(false);
  }

  function cancelPick(): void {
    if (shareState.value === 'picking') shareState.value = 'idle';
  }

  /** "Share" in Parley's picker. */
  async function confirmPick(sourceId: string, audio: boolean): Promise<void> {
    if (shareState.value !== 'picking') return;
    const chosen = await settled(useBridge().chooseShareSource({ sourceId, audio }));
    shareState.value = 'idle';
    if (!chosen.ok) {
      notice.value = { kind: 'failed', text: presentationTexts.failed('screen', chosen.error.message) };
      return;
    }
    await startShare(audio);
  }

  async function startShare(audio: boolean): Promise<void> {
    await presentCapture('screen', () => captureScreen(profile.value, audio));
  }

  /** Shares a video input (a laptop's HDMI capture device appears as a camera) as the presentation. */
  async function shareVideoInput(deviceId: string): Promise<void> {
    if (shareState.value !== 'idle') return;
    notice.value = null;
    await presentCapture('input', () => captureVideoInput(deviceId, profile.value));
  }

  /** Whatever was captured goes out the same way: take_floor → slides sendonly → update → ack. */
  async function presentCapture(source: ShareSource, capture: () => Promise<CaptureResult>): Promise<void> {
    if (shareState.value !== 'idle') return;
    shareState.value = 'starting';
    sharedSource = source;
    const captured = await capture();
    if (!captured.ok) {
      shareState.value = 'idle';
      if (!captured.cancelled) notice.value = { kind: 'failed', text: presentationTexts.failed(source, captured.message) };
      return;
    }
    const stream = captured.stream;
    const track = stream.getVideoTracks()[0];
    const peer = call.currentPeer;
    if (!track || !peer) {
      stopTracks(stream);
      shareState.value = 'idle';
      notice.value = {
        kind: 'failed',
        text: track ? presentationTexts.noCall : presentationTexts.failed(source, presentationTexts.nothingCaptured(source)),
      };
      return;
    }
    const floor = await settled(useBridge().takeFloor(null));
    if (!floor.ok) {
      // Refused: say why and send nothing.
      stopTracks(stream);
      shareState.value = 'idle';
      notice.value = { kind: 'refused', text: presentationTexts.refused(floor.error.detail) };
      return;
    }
    // We hold the floor: whoever presented before has stopped.
    session.setPresentation(null);
    localStream.value = markRaw(stream);
    shareState.value = 'presenting';
    watchSharedTrack(track);
    const sent = await queueSlides(async () => {
      track.contentHint = 'detail';
      stopStreamWatch();
      incomingStream.value = null;
      const result = await peer.slides.send(track);
      if (result.ok) await applyContentProfile(track, peer.slides.sender, profile.value);
      return result;
    });
    if (!sent.ok && shareState.value === 'presenting') {
      notice.value = { kind: 'failed', text: presentationTexts.failed(source, sent.message) };
      await stopShare();
    }
  }

  function watchSharedTrack(track: MediaStreamTrack): void {
    // The shared window closed or the system ended the capture: stop as if the person had.
    const onEnded = (): void => void stopShare();
    track.addEventListener('ended', onEnded);
    sharedTrackEnded = () => track.removeEventListener('ended', onEnded);
  }

  function releaseLocalShare(): void {
    sharedTrackEnded?.();
    sharedTrackEnded = null;
    if (localStream.value) stopTracks(localStream.value);
    localStream.value = null;
    shareState.value = 'idle';
  }

  /** "Stop sharing", the shortcut, or the capture ending: release_floor → inactive → update. */
  async function stopShare(): Promise<void> {
    if (shareState.value !== 'presenting') return;
    releaseLocalShare();
    const released = await settled(useBridge().releaseFloor(null));
    if (!released.ok) console.warn('Parley: release_floor failed:', released.error.message);
    const peer = call.currentPeer;
    if (peer) await queueSlides(() => peer.slides.stop());
    await syncReceiving();
  }

  /** presentation_start while we present: the floor is someone else's now. */
  function handleTakenOver(presenter: PresentationInfo): void {
    releaseLocalShare();
    notice.value = { kind: 'taken_over', text: presentationTexts.takenOver(presenter.presenterName, sharedSource) };
    // syncReceiving (through the watch on `incoming`) turns the m-line around to receive theirs.
  }

  async function setProfile(next: ContentProfile): Promise<void> {
    profile.value = next;
    const track = localStream.value?.getVideoTracks()[0];
    const peer = call.currentPeer;
    if (track && shareState.value === 'presenting') await applyContentProfile(track, peer?.slides.sender ?? null, next);
  }

  function dismissNotice(): void {
    notice.value = null;
  }

  // ---- receiving ----

  function stopStreamWatch(): void {
    stopWatchingFlow?.();
    stopWatchingFlow = null;
    stalled.value = false;
  }

  /** Brings the slides m-line in line with what should be shown (outside our own presenting). */
  function syncReceiving(): Promise<void> {
    return queueSlides(async () => {
      const peer: CallPeer | null = call.currentPeer;
      if (!peer || shareState.value === 'presenting' || shareState.value === 'starting') return;
      const wanted = incoming.value !== null && !audioOnly.value;
      if (wanted && peer.slides.mode !== 'receive') {
        const result = await peer.slides.receive();
        if (!result.ok) console.warn('Parley: could not receive the presentation:', result.message);
        const track = peer.slides.remoteTrack;
        incomingStream.value = markRaw(new MediaStream([track]));
        stopStreamWatch();
        stopWatchingFlow = watchPresentationFlow(track, (now) => {
          stalled.value = now;
          if (now) void fetchStill(null);
        });
        if (!result.ok) stalled.value = true;
      } else if (!wanted && peer.slides.mode === 'receive') {
        stopStreamWatch();
        incomingStream.value = null;
        const result = await peer.slides.stop();
        if (!result.ok) console.warn('Parley: could not stop receiving the presentation:', result.message);
      }
    });
  }

  /** A presentation_frame: a new still is ready (fetched only when stills are what we show). */
  function handleFrameNotice(frameId: string | null): boolean {
    if (showStills.value) void fetchStill(frameId);
    return true;
  }

  async function fetchStill(frameId: string | null): Promise<void> {
    if (!incoming.value) return;
    const result = await useBridge()
      .fetchPresentationFrame({ frameId })
      .catch(() => null);
    if (result?.ok && incoming.value) stillUrl.value = result.value.dataUrl;
  }

  // ---- the presentation's own window ----

  function popoutContent(): PopoutContent {
    if (showStills.value) return stillUrl.value ? { kind: 'still', url: stillUrl.value } : { kind: 'none' };
    return incomingStream.value ? { kind: 'stream', stream: incomingStream.value } : { kind: 'none' };
  }

  function refreshPopout(): void {
    if (!popout) return;
    if (!incoming.value) {
      closePopout();
      return;
    }
    popout.show(popoutContent(), `${incoming.value.presenterName} is presenting`);
  }

  function openInNewWindow(): void {
    if (popout || !incoming.value) return;
    const opened = openPresentationPopout(() => {
      if (popout === opened) popout = null;
      poppedOut.value = false;
    });
    if (!opened) {
      notice.value = { kind: 'failed', text: presentationTexts.popupBlocked };
      return;
    }
    popout = markRaw(opened);
    poppedOut.value = true;
    refreshPopout();
  }

  function closePopout(): void {
    const current = popout;
    popout = null;
    poppedOut.value = false;
    current?.close();
  }

  // ---- wiring ----

  watch(
    () => session.presentation,
    (next) => {
      if (next && shareState.value === 'presenting') handleTakenOver(next);
      if (!next) stillUrl.value = null;
      void syncReceiving();
    },
  );
  watch([incoming, audioOnly, () => call.currentPeer], () => void syncReceiving());
  watch(showStills, (now) => {
    if (now) void fetchStill(null);
  });
  watch([incoming, incomingStream, stillUrl, showStills], refreshPopout);
  watch(
    () => call.currentPeer,
    (peer) => {
      // A new call (reconnect) or none: whatever was shared went with the old peer connection.
      if (shareState.value === 'presenting' && !peer) void stopShare();
      if (!peer) {
        stopStreamWatch();
        incomingStream.value = null;
      }
    },
  );
  watch(
    () => session.state,
    (state) => {
      if (state === 'in_meeting') return;
      releaseLocalShare();
      stopStreamWatch();
      incomingStream.value = null;
      stillUrl.value = null;
      notice.value = null;
      closePopout();
    },
  );

  return {
    shareState,
    localStream,
    profile,
    notice,
    capabilities,
    incoming,
    incomingStream,
    showStills,
    stillUrl,
    layout,
    poppedOut,
    requestShare,
    shareVideoInput,
    cancelPick,
    confirmPick,
    stopShare,
    setProfile,
    dismissNotice,
    handleFrameNotice,
    openInNewWindow,
    closePopout,
  };
});

/** A bridge call that cannot reject: a lost bridge becomes an ordinary failure. */
function settled<T>(pending: Promise<Result<T, CommandError>>): Promise<Result<T, CommandError>> {
  return pending.catch((error: unknown) => ({
    ok: false as const,
    error: { code: 'failed' as const, message: error instanceof Error ? error.message : String(error) },
  }));
}

function stopTracks(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}
