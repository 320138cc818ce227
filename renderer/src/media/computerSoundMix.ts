// "Share computer sound": the computer's sound captured with the presentation goes out mixed with
// the microphone on the call's audio line (Infinity's presentation line carries video only), so the
// others hear both. A Web Audio graph: microphone + computer sound → one track.
export interface MixedTrack {
  track: MediaStreamTrack;
  stop(): void;
}

export function mixAudioTracks(microphone: MediaStreamTrack | null, computerSound: MediaStreamTrack): MixedTrack | null {
  try {
    const context = new AudioContext();
    const destination = context.createMediaStreamDestination();
    const sources = [microphone, computerSound]
      .filter((track): track is MediaStreamTrack => track !== null)
      .map((track) => {
        const source = context.createMediaStreamSource(new MediaStream([track]));
        source.connect(destination);
        return source;
      });
    if (context.state === 'suspended') void context.resume();
    const track = destination.stream.getAudioTracks()[0];
    if (!track) {
      void context.close();
      return null;
    }
    return {
      track,
      stop: () => {
        for (const source of sources) source.disconnect();
        track.stop();
        void context.close();
      },
    };
  } catch {
    return null;
  }
}
