// The join screen stays (its button saying "Joining…") from the node's answer to request_token
// until the call's offer and answer are exchanged, or a short wait at the latest. Mounted at the
// token, the meeting view's first render (DOM, style and layout: ~35 ms of the renderer's main
// thread in a CPU profile of the bench's join) ran while the node answered `calls`, and the answer
// waited for it before setRemoteDescription, which ICE waits for. After the answer the render runs
// beside ICE and DTLS, which need no main thread, and is done before the first frame comes.
import { onScopeDispose, readonly, ref, watch, type Ref } from 'vue';

/** The longest the meeting view waits for the call (a slow node must not keep the join screen). */
export const entranceWaitMs = 400;

export interface MeetingEntrance {
  /** True while the meeting is joined but its view waits for the call's answer. */
  readonly holding: Readonly<Ref<boolean>>;
  /** The join has just been answered: hold the view if the call is being signalled now. */
  hold(): void;
}

export function meetingEntrance(signalling: () => boolean, waitMs = entranceWaitMs): MeetingEntrance {
  const holding = ref(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const release = (): void => {
    clearTimeout(timer);
    holding.value = false;
  };
  watch(signalling, (now) => {
    if (!now) release();
  });
  onScopeDispose(release);
  return {
    holding: readonly(holding),
    hold() {
      if (!signalling()) return;
      holding.value = true;
      clearTimeout(timer);
      timer = setTimeout(release, waitMs);
    },
  };
}
