// Receiving someone else's presentation. A video call's slides line already receives (offered
// recvonly from the start), so presentation_start only shows its track: no update, no round trip.
// A line at rest inactive goes presentation_start → recvonly → update → ack; presentation_stop →
// inactive → update. Audio-only calls, or a presentation stream that carries nothing, show the
// node's still images instead. Part of the presentation store.
import { computed, markRaw, ref, shallowRef, type Ref } from 'vue';
import type { PresentationInfo } from '../../../../electron/shared/meeting';
import { useBridge } from '../../bridge';
import type { CallPeer } from '../../media/callPeer';
import { useCallStore } from '../call/callStore';
import { useRosterStore } from '../roster/rosterStore';
import { useSessionStore } from '../session/sessionStore';
import { watchPresentationFlow } from './presentationFlow';
import type { PresentationLayout, ShareState } from './presentationTexts';
import type { SlidesQueue } from './slidesQueue';

export function createPresentationReceiving(shareState: Readonly<Ref<ShareState>>, queueSlides: SlidesQueue) {
  const session = useSessionStore();
  const call = useCallStore();
  const roster = useRosterStore();

  const incomingStream = shallowRef<MediaStream | null>(null);
  const stalled = ref(false);
  const stillUrl = ref<string | null>(null);
  const layout = ref<PresentationLayout>('focus');
  let stopWatchingFlow: (() => void) | null = null;
  /** The call whose slides track incomingStream shows (a new call needs its own). */
  let shownFrom: CallPeer | null = null;

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

  function stopStreamWatch(): void {
    stopWatchingFlow?.();
    stopWatchingFlow = null;
    stalled.value = false;
  }

  /** The received stream is gone (we send now, or the call went). */
  function dropIncomingStream(): void {
    stopStreamWatch();
    incomingStream.value = null;
    shownFrom = null;
  }

  /** Brings the slides m-line in line with what should be shown (outside our own presenting). */
  function syncReceiving(): Promise<void> {
    return queueSlides(async () => {
      const peer: CallPeer | null = call.currentPeer;
      if (!peer || shareState.value === 'presenting' || shareState.value === 'starting') return;
      const wanted = incoming.value !== null && !audioOnly.value;
      const showing = incomingStream.value !== null && shownFrom === peer;
      if (wanted && !showing) {
        // A line already receiving (at rest) offers nothing: the presentation is on its way.
        const result = await peer.slides.receive();
        if (!result.ok) console.warn('Parley: could not receive the presentation:', result.message);
        const track = peer.slides.remoteTrack;
        incomingStream.value = markRaw(new MediaStream([track]));
        shownFrom = peer;
        stopStreamWatch();
        stopWatchingFlow = watchPresentationFlow(track, (now) => {
          stalled.value = now;
          if (now) void fetchStill(null);
        });
        if (!result.ok) stalled.value = true;
      } else if (!wanted && showing) {
        dropIncomingStream();
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
    const result = await useBridge().fetchPresentationFrame({ frameId });
    if (result.ok && incoming.value) stillUrl.value = result.value.dataUrl;
  }

  return {
    incoming,
    incomingStream,
    showStills,
    stillUrl,
    layout,
    audioOnly,
    syncReceiving,
    dropIncomingStream,
    handleFrameNotice,
    fetchStill,
  };
}

export type PresentationReceiving = ReturnType<typeof createPresentationReceiving>;
