// Join by what people type: "alias@domain" with an empty node field finds the node through the
// domain's _pexapp._tcp SRV records. The host answers SRV lookups from a file (no DNS here): the
// first record points at a simulator in maintenance, which is skipped, the second at a working one.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { hostAddressPattern, startScript, startSimulatorProcess, type RunningProcess } from './processes';

const uriAlias = 'meet.uri@parley.test';

test('alias@domain finds the node by SRV, skips the one in maintenance, and shows and remembers it', async ({ browser }) => {
  const folder = mkdtempSync(join(tmpdir(), 'parley-discovery-'));
  const roomsFile = join(folder, 'rooms.json');
  writeFileSync(roomsFile, JSON.stringify([{ alias: uriAlias, name: 'URI Room', serviceType: 'conference' }]));
  const started: RunningProcess[] = [];
  try {
    const down = await startSimulatorProcess(['--rooms', roomsFile]);
    started.push(down);
    const up = await startSimulatorProcess(['--rooms', roomsFile]);
    started.push(up);
    const maintenance = await fetch(`${down.url}/_sim/maintenance`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ enabled: true }),
    });
    expect(maintenance.ok).toBe(true);

    const port = (url: string) => Number(new URL(url).port);
    const srvFile = join(folder, 'srv.json');
    writeFileSync(
      srvFile,
      JSON.stringify({
        '_pexapp._tcp.parley.test': [
          { name: '127.0.0.1', port: port(up.url), priority: 20, weight: 0 },
          { name: '127.0.0.1', port: port(down.url), priority: 10, weight: 0 },
        ],
      }),
    );
    const host = await startScript('tests/host/cli.ts', ['--port', '0', '--srv-file', srvFile], hostAddressPattern);
    started.push(host);

    const page = await (await browser.newContext()).newPage();
    // The printed address, with the host's secret in its fragment.
    await page.goto(host.url);
    await page.getByLabel('Conferencing node').fill('');
    await page.getByLabel('Meeting').fill(uriAlias);
    await page.getByLabel('Your name').fill('Uma URI');
    await page.getByRole('button', { name: 'Join' }).click();
    await expect(page.getByRole('button', { name: 'Leave' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Participants' })).toContainText('Uma URI');
    await expect(page.getByText(`on ${up.url}`)).toBeVisible();

    const names = async (url: string) => {
      const state = (await (await fetch(`${url}/_sim/state`)).json()) as {
        result: { rooms: { alias: string; participants: { display_name: string }[] }[] };
      };
      return state.result.rooms.find((room) => room.alias === uriAlias)?.participants.map((p) => p.display_name) ?? [];
    };
    expect(await names(up.url)).toContain('Uma URI');
    expect(await names(down.url)).toEqual([]);

    await page.getByRole('button', { name: 'Leave' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Conferencing node for' })).toHaveText(
      `Conferencing node for parley.test: ${up.url}`,
    );
    await expect(page.getByLabel('Conferencing node')).toHaveValue(up.url);
    // Remembered: a new page starts with the node found.
    const again = await page.context().newPage();
    await again.goto(host.url);
    await expect(again.getByLabel('Conferencing node')).toHaveValue(up.url);
    await page.context().close();
  } finally {
    for (const process of started.reverse()) await process.stop();
  }
});
