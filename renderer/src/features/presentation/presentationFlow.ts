// Watches the received presentation track: a track that stays muted (no RTP arriving) for a while
// has failed, and the presentation falls back to the node's still images until media flows again.
export const presentationStallMs = 6_000;

/** The parts of MediaStreamTrack the watch uses. */
export interface WatchedTrack {
  readonly muted: boolean;
  readonly readyState: MediaStreamTrackState;
  addEventListener(type: 'mute' | 'unmute' | 'ended', listener: () => void): void;
  removeEventListener(type: 'mute' | 'unmute' | 'ended', listener: () => void): void;
}

/** Calls `onChange(true)` once the track has carried nothing for `stallMs`, `onChange(false)` when it flows again. */
export function watchPresentationFlow(track: WatchedTrack, onChange: (stalled: boolean) => void, stallMs = presentationStallMs): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stalled = false;
  const set = (next: boolean): void => {
    if (next === stalled) return;
    stalled = next;
    onChange(next);
  };
  const arm = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => set(true), stallMs);
  };
  const onMute = (): void => arm();
  const onUnmute = (): void => {
    clearTimeout(timer);
    set(false);
  };
  const onEnded = (): void => {
    clearTimeout(timer);
    set(true);
  };
  track.addEventListener('mute', onMute);
  track.addEventListener('unmute', onUnmute);
  track.addEventListener('ended', onEnded);
  if (track.readyState === 'ended') onEnded();
  else if (track.muted) arm();
  return () => {
    clearTimeout(timer);
    track.removeEventListener('mute', onMute);
    track.removeEventListener('unmute', onUnmute);
    track.removeEventListener('ended', onEnded);
  };
}
