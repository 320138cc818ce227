// This computer's facts for "Share computer sound", and the Chromium feature it needs switched on
// before the app is ready (app.commandLine, documented as effective only before 'ready').
import { app, systemPreferences } from 'electron';
import { existsSync } from 'node:fs';
import { release } from 'node:os';
import { join } from 'node:path';
import { computerSoundSupport, type ComputerSoundSupport } from './computerSound';

/** PipeWire's or PulseAudio's socket in the user's runtime folder. */
function hasAudioServer(env: NodeJS.ProcessEnv): boolean {
  const runtime = env.XDG_RUNTIME_DIR;
  if (!runtime) return false;
  return existsSync(join(runtime, 'pipewire-0')) || existsSync(join(runtime, 'pulse', 'native'));
}

export function currentComputerSound(): ComputerSoundSupport {
  return computerSoundSupport({
    platform: process.platform,
    osRelease: release(),
    audioServer: process.platform === 'linux' && hasAudioServer(process.env),
    ...(process.platform === 'darwin' ? { screenAccess: systemPreferences.getMediaAccessStatus('screen') } : {}),
  });
}

/** Call before the app is ready. The macOS permission is looked at later, when sharing starts. */
export function enableComputerSoundCapture(): void {
  const support = computerSoundSupport({ platform: process.platform, osRelease: release(), audioServer: process.platform === 'linux' && hasAudioServer(process.env) });
  if (support.available && support.chromiumFeature) app.commandLine.appendSwitch('enable-features', support.chromiumFeature);
}
