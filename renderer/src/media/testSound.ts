// The speaker test's sound: a short two-note chime made with Web Audio, as a MediaStream so an
// <audio> element can play it through the chosen speaker (setSinkId), which an AudioContext's own
// output cannot do everywhere.
export interface TestSound {
  stream: MediaStream;
  /** Resolves when the chime has played out. */
  finished: Promise<void>;
  stop(): void;
}

export const testSoundSeconds = 1.6;

export function createTestSound(context: AudioContext = new AudioContext()): TestSound {
  const destination = context.createMediaStreamDestination();
  const gain = context.createGain();
  gain.gain.value = 0;
  gain.connect(destination);
  const start = context.currentTime + 0.05;
  // Two notes (E5, A5), each with a soft attack and decay, so the sound is recognisable and not harsh.
  for (const [index, frequency] of [659.25, 880].entries()) {
    const oscillator = context.createOscillator();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    const noteGain = context.createGain();
    const at = start + index * (testSoundSeconds / 2);
    noteGain.gain.setValueAtTime(0, at);
    noteGain.gain.linearRampToValueAtTime(0.5, at + 0.03);
    noteGain.gain.exponentialRampToValueAtTime(0.001, at + testSoundSeconds / 2);
    oscillator.connect(noteGain).connect(destination);
    oscillator.start(at);
    oscillator.stop(at + testSoundSeconds / 2);
  }
  let done: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (done = resolve));
  const timer = setTimeout(stop, (testSoundSeconds + 0.2) * 1000);
  function stop(): void {
    clearTimeout(timer);
    for (const track of destination.stream.getTracks()) track.stop();
    void context.close().catch(() => undefined);
    done();
  }
  void context.resume();
  return { stream: destination.stream, finished, stop };
}
