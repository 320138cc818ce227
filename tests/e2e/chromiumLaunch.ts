// How tests and benchmarks start Chromium: Debian's build when Playwright has none of its own,
// fake camera, microphone and screen, and no background traffic to the (closed) network.
import { existsSync } from 'node:fs';

const systemChromium = '/usr/bin/chromium';

export const chromiumExecutablePath: string | undefined = existsSync(systemChromium) ? systemChromium : undefined;

export const chromiumArgs: string[] = [
  '--no-sandbox',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];
