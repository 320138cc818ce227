// Push-to-talk: holding the key while muted unmutes until it is let go; a key held while already
// unmuted does nothing (and letting it go must not mute you). Key repeat is ignored.
export interface PushToTalkMicrophone {
  isMuted(): boolean;
  setMuted(muted: boolean): void;
}

export interface PushToTalk {
  press(repeat: boolean): boolean;
  release(): boolean;
  /** The window lost focus while talking: stop talking, as if the key were let go. */
  cancel(): void;
  readonly talking: boolean;
}

export function createPushToTalk(microphone: PushToTalkMicrophone, onChange: (talking: boolean) => void = () => undefined): PushToTalk {
  let talking = false;
  const stop = (): boolean => {
    if (!talking) return false;
    talking = false;
    microphone.setMuted(true);
    onChange(false);
    return true;
  };
  return {
    press(repeat) {
      if (talking) return true;
      if (repeat || !microphone.isMuted()) return false;
      talking = true;
      microphone.setMuted(false);
      onChange(true);
      return true;
    },
    release: stop,
    cancel: () => void stop(),
    get talking() {
      return talking;
    },
  };
}
