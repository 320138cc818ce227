// Video first: what the meeting view shows beside the video (people, chat, host controls) renders
// once the call's offer and answer have been exchanged, or after a short wait at the latest.
// Rendered with the view, those panels and their first roster took ~40 ms of the renderer's main
// thread between sending the offer and setRemoteDescription (measured on the bench's join), which
// ICE and the first frame wait for; after it, ICE and DTLS run off the main thread.
import { onScopeDispose, ref, watch, type Ref } from 'vue';

/** The longest the panels wait for the call (a slow node must not hide the roster). */
export const sidePanelsWaitMs = 400;

export function videoFirst(signalling: () => boolean, waitMs = sidePanelsWaitMs): Ref<boolean> {
  const ready = ref(!signalling());
  if (ready.value) return ready;
  const timer = setTimeout(() => {
    ready.value = true;
  }, waitMs);
  const stopWatching = watch(signalling, (now) => {
    if (!now) ready.value = true;
  });
  const stop = () => {
    clearTimeout(timer);
    stopWatching();
  };
  watch(ready, stop);
  onScopeDispose(stop);
  return ready;
}
