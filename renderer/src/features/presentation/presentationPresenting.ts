// Presenting: capture → take_floor → slides sendonly → update → ack; stopping: release_floor →
// inactive → update; a presentation_start while we present means someone took the floor: we stop
// sending (no release) and receive theirs. Part of the presentation store.
import { markRaw, ref, shallowRef, type Ref } from 'vue';
import type { CommandError, Result } from '../../../../electron/shared/bridge';
import type { PresentationInfo } from '../../../../electron/shared/meeting';
import type { ShareCapabilities, ShareSource as PickerSource } from '../../../../electron/shared/presentationCommands';
import { useBridge } from '../../bridge';
import {
  applyContentProfile,
  captureScreen,
  captureVideoInput,
  type CaptureResult,
  type ContentProfile,
} from '../../media/presentationSender';
import { useCallStore } from '../call/callStore';
import { useSessionStore } from '../session/sessionStore';
import { type PresentationNotice, type ShareSource, type ShareState } from './presentationTexts';
import type { SlidesQueue } from './slidesQueue';
import type { NegotiationResult } from '../../media/slidesTransceiver';

/** What presenting needs of the receiving side: to let go of the m-line, and to take it back. */
export interface ReceivingHandover {
  dropIncomingStream(): void;
  syncReceiving(): Promise<void>;
}

/**
 * A take_floor that failed: the node refusing (forbidden, or its own reason given) is "You cannot
 * present…"; the node not being reached or the bridge failing is a failed share with that reason.
 */
export function floorNotice(error: CommandError, source: ShareSource): PresentationNotice {
  if (error.code === 'forbidden' || error.detail !== undefined) {
    return { kind: 'refused', words: { said: 'refused', ...(error.detail === undefined ? {} : { detail: error.detail }) } };
  }
  return { kind: 'failed', words: { said: 'failed', source, reason: { error } } };
}

export function createPresentationPresenting(
  shareState: Ref<ShareState>,
  notice: Ref<PresentationNotice | null>,
  queueSlides: SlidesQueue,
  receiving: ReceivingHandover,
) {
  const session = useSessionStore();
  const call = useCallStore();

  /** The screen being shared, for the presenter's preview. */
  const localStream = shallowRef<MediaStream | null>(null);
  const profile = ref<ContentProfile>('detail');
  const capabilities = ref<ShareCapabilities | null>(null);
  let sharedTrackEnded: (() => void) | null = null;
  /** What the current (or last) share came from, for wording what happens to it. */
  let sharedSource: ShareSource = 'screen';

  /** The "Share screen" button: Parley's own picker where main offers one, else straight to capture. */
  async function requestShare(): Promise<void> {
    if (shareState.value !== 'idle') return;
    notice.value = null;
    // The system's or the browser's picker does not change within a session: once known, the
    // capture starts without asking main again. Parley's own picker is asked every time (the
    // screen-recording permission it shows can change).
    if (capabilities.value && capabilities.value.picker !== 'app') {
      await startShare(false);
      return;
    }
    shareState.value = 'picking';
    const result = await useBridge().getShareCapabilities(null);
    capabilities.value = result.ok ? result.value : null;
    if (capabilities.value?.picker === 'app') return; // SharePicker is open now.
    shareState.value = 'idle';
    await startShare(false);
  }

  /** The screens and windows Parley's picker offers, with thumbnails this wide. */
  function listShareSources(thumbnailWidth: number): Promise<Result<PickerSource[], CommandError>> {
    return useBridge().listShareSources({ thumbnailWidth });
  }

  /** macOS: the system settings where screen recording is allowed. */
  async function openScreenRecordingSettings(): Promise<void> {
    const result = await useBridge().openScreenRecordingSettings(null);
    if (!result.ok) console.warn('Parley: the screen recording settings did not open:', result.error.message);
  }

  function cancelPick(): void {
    if (shareState.value === 'picking') shareState.value = 'idle';
  }

  /** "Share" in Parley's picker. */
  async function confirmPick(sourceId: string, audio: boolean): Promise<void> {
    if (shareState.value !== 'picking') return;
    const chosen = await useBridge().chooseShareSource({ sourceId, audio });
    shareState.value = 'idle';
    if (!chosen.ok) {
      notice.value = { kind: 'failed', words: { said: 'failed', source: 'screen', reason: { error: chosen.error } } };
      return;
    }
    await startShare(audio);
  }

  async function startShare(audio: boolean): Promise<void> {
    const sound = audio ? { cancelOwnEcho: capabilities.value?.audioCancelOwnEcho === true } : null;
    await presentCapture('screen', () => captureScreen(profile.value, sound));
  }

  /** Shares a video input (a laptop's HDMI capture device appears as a camera) as the presentation. */
  async function shareVideoInput(deviceId: string): Promise<void> {
    if (shareState.value !== 'idle') return;
    notice.value = null;
    await presentCapture('input', () => captureVideoInput(deviceId, profile.value));
  }

  /** Whatever was captured goes out the same way: take_floor (offer made meanwhile) → update → ack. */
  async function presentCapture(source: ShareSource, capture: () => Promise<CaptureResult>): Promise<void> {
    if (shareState.value !== 'idle') return;
    shareState.value = 'starting';
    sharedSource = source;
    const captured = await capture();
    if (!captured.ok) {
      shareState.value = 'idle';
      if (!captured.cancelled) notice.value = { kind: 'failed', words: { said: 'failed', source, reason: { asItCame: captured.message } } };
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
        words: track ? { said: 'noCall' } : { said: 'failed', source, reason: { nothingCaptured: source } },
      };
      return;
    }
    // take_floor and the slides offer at once: the offer is made while the floor request is in
    // flight and goes to the node only once the floor is ours (one round trip less per share).
    // A refused floor only rolls the offer back: the person is told why by the 'refused' notice below,
    // kept as the node's refusal and put into words when read. The rollback's reason is main's English
    // and Pexip's own reason as they came, like an update's failure, never words of the moment's language.
    const floorRequest = useBridge().takeFloor(null);
    const floorTaken = floorRequest.then(
      (floor): NegotiationResult =>
        floor.ok
          ? { ok: true }
          : { ok: false, message: floor.error.message, ...(floor.error.detail === undefined ? {} : { detail: floor.error.detail }) },
      (error: unknown): NegotiationResult => ({ ok: false, message: error instanceof Error ? error.message : String(error) }),
    );
    const sending = queueSlides(async () => {
      track.contentHint = 'detail';
      const result = await peer.slides.send(track, floorTaken);
      if (result.ok) await applyContentProfile(track, peer.slides.sender, profile.value);
      return result;
    });
    const floor = await floorRequest;
    if (!floor.ok) {
      // Refused: say why and send nothing (the prepared offer is rolled back, never sent).
      stopTracks(stream);
      shareState.value = 'idle';
      notice.value = floorNotice(floor.error, source);
      await sending;
      return;
    }
    // We hold the floor: whoever presented before has stopped.
    session.setPresentation(null);
    receiving.dropIncomingStream();
    localStream.value = markRaw(stream);
    shareState.value = 'presenting';
    watchSharedTrack(track);
    const sent = await sending;
    if (!sent.ok && shareState.value === 'presenting') {
      notice.value = { kind: 'failed', words: { said: 'failed', source, reason: { media: sent } } };
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
    const released = await useBridge().releaseFloor(null);
    if (!released.ok) console.warn('Parley: release_floor failed:', released.error.message);
    const peer = call.currentPeer;
    if (peer) await queueSlides(() => peer.slides.stop());
    await receiving.syncReceiving();
  }

  /** presentation_start while we present: the floor is someone else's now. */
  function handleTakenOver(presenter: PresentationInfo): void {
    releaseLocalShare();
    notice.value = { kind: 'taken_over', words: { said: 'takenOver', name: presenter.presenterName, source: sharedSource } };
    // syncReceiving (through the watch on `incoming`) turns the m-line around to receive theirs.
  }

  async function setProfile(next: ContentProfile): Promise<void> {
    profile.value = next;
    const track = localStream.value?.getVideoTracks()[0];
    const peer = call.currentPeer;
    if (track && shareState.value === 'presenting') await applyContentProfile(track, peer?.slides.sender ?? null, next);
  }

  return {
    localStream,
    profile,
    capabilities,
    requestShare,
    listShareSources,
    openScreenRecordingSettings,
    shareVideoInput,
    cancelPick,
    confirmPick,
    stopShare,
    setProfile,
    handleTakenOver,
    releaseLocalShare,
  };
}

function stopTracks(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}
