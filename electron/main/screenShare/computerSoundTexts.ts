// What "Share computer sound" says to the person sharing (beside the option in Parley's picker).
// Kept together so they move to the main-process message module (electron/desktop/texts/) in one go.
export const computerSoundTexts = {
  ownAudioIncluded:
    'This shares everything your computer plays. This computer cannot leave the meeting out, so Parley only turns it down: others may hear themselves faintly.',
  needsMacOs13: 'Sharing computer sound needs macOS 13 or later.',
  needsScreenRecording: 'Sharing computer sound needs the screen recording permission for Parley.',
  needsAudioServer: 'Sharing computer sound needs PipeWire or PulseAudio, which this computer is not running.',
  notOnThisSystem: 'Sharing computer sound is not available on this system.',
} as const;
