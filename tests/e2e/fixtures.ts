// Playwright fixtures: one simulator and one browser host per worker, and a helper to open a
// Parley page for a named person.
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import type { VideoQuality } from './pageTypes';
import { startHostProcess, startSimulatorProcess, type RunningProcess } from './processes';
import { withPageQuery } from '../host/pageAddress';

export interface SimulatorControl {
  url: string;
  post(path: string, body: unknown): Promise<unknown>;
  state(): Promise<SimState>;
}

export interface SimState {
  rooms: { alias: string; participants: { uuid: string; display_name: string; role: string; service_type: string }[] }[];
}

interface WorkerFixtures {
  sim: SimulatorControl;
  hostUrl: string;
}

export interface JoinDetails {
  alias: string;
  name: string;
  pin?: string;
  join?: boolean;
  /** More link parameters (callType, muteMicrophone...), in the query before the secret fragment. */
  extra?: Record<string, string>;
}

/** `hostUrl` is the host's printed page address: its secret fragment is kept. */
export function parleyUrl(hostUrl: string, simUrl: string, details: JoinDetails): string {
  const query = new URLSearchParams({ node: simUrl, alias: details.alias, name: details.name });
  if (details.pin) query.set('pin', details.pin);
  if (details.join !== false) query.set('join', '1');
  for (const [key, value] of Object.entries(details.extra ?? {})) query.set(key, value);
  return withPageQuery(hostUrl, `?${query.toString()}`);
}

export async function openParley(browser: Browser, hostUrl: string, simUrl: string, details: JoinDetails): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(parleyUrl(hostUrl, simUrl, details));
  return page;
}

/** Frames decoded so far by the element a person sees as "Meeting video". */
export async function meetingVideoFrames(page: Page): Promise<number> {
  return page.getByLabel('Meeting video').evaluate((element) => (element as unknown as VideoQuality).getVideoPlaybackQuality().totalVideoFrames);
}

/** Waits until the meeting video shows decoded frames and the count keeps rising. */
export async function expectMeetingVideoFlowing(page: Page): Promise<void> {
  await expect.poll(() => meetingVideoFrames(page), { timeout: 30_000 }).toBeGreaterThan(0);
  const before = await meetingVideoFrames(page);
  await expect.poll(() => meetingVideoFrames(page), { timeout: 15_000 }).toBeGreaterThan(before + 5);
}

export const test = base.extend<object, WorkerFixtures>({
  sim: [
    async ({}, use) => {
      const process: RunningProcess = await startSimulatorProcess();
      const post = async (path: string, body: unknown): Promise<unknown> => {
        const response = await fetch(`${process.url}${path}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
        if (!response.ok) throw new Error(`${path} answered ${response.status}`);
        return response.json();
      };
      const state = async (): Promise<SimState> =>
        ((await (await fetch(`${process.url}/_sim/state`)).json()) as { result: SimState }).result;
      await use({ url: process.url, post, state });
      await process.stop();
    },
    { scope: 'worker' },
  ],
  hostUrl: [
    async ({}, use) => {
      const process = await startHostProcess();
      await use(process.url);
      await process.stop();
    },
    { scope: 'worker' },
  ],
});

export { expect };
