// The benchmark's Chromium: launched exactly as the end-to-end tests launch it.
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumExecutablePath } from '../e2e/chromiumLaunch';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutablePath, args: chromiumArgs });
}
