// The microphone test: a few seconds recorded from the microphone track alone, kept as a blob URL
// for playback through the chosen speaker.
export const microphoneTestSeconds = 3;

/** Parley's own reasons the test recorded nothing, for the screen to say in the person's language. */
export type RecordingFailureWording = 'noRecorder' | 'recordingFailed' | 'nothingRecorded';

/** A failure: `wording` for Parley's own reasons; without it `message` is the browser's text. */
export type MicrophoneRecording = { ok: true; url: string; revoke(): void } | { ok: false; message: string; wording?: RecordingFailureWording };

class RecordingFailure extends Error {
  constructor(readonly wording: RecordingFailureWording, message: string) {
    super(message);
  }
}

export async function recordMicrophone(track: MediaStreamTrack, seconds = microphoneTestSeconds): Promise<MicrophoneRecording> {
  if (typeof MediaRecorder === 'undefined') return { ok: false, message: 'This window cannot record sound.', wording: 'noRecorder' };
  // A clone, so stopping the recording never stops the microphone the call uses.
  const clone = track.clone();
  const chunks: Blob[] = [];
  try {
    const recorder = new MediaRecorder(new MediaStream([clone]));
    const stopped = new Promise<void>((resolve, reject) => {
      recorder.ondataavailable = (event) => {
        if (event.data.size > 0) chunks.push(event.data);
      };
      recorder.onstop = () => resolve();
      recorder.onerror = () => reject(new RecordingFailure('recordingFailed', 'the recording failed'));
    });
    recorder.start();
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    recorder.stop();
    await stopped;
    const blob = new Blob(chunks, { type: recorder.mimeType || 'audio/webm' });
    if (blob.size === 0) return { ok: false, message: 'Nothing was recorded from the microphone.', wording: 'nothingRecorded' };
    const url = URL.createObjectURL(blob);
    return { ok: true, url, revoke: () => URL.revokeObjectURL(url) };
  } catch (error) {
    if (error instanceof RecordingFailure) return { ok: false, message: error.message, wording: error.wording };
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  } finally {
    clone.stop();
  }
}
