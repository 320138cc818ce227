// npm run soak: long runs of the real core against the simulator on loopback, with faults, and of
// generated node input through the core and the bridge. Prints a table and writes
// soak-results.json. Counts come from soakSettings (the issue's, unless set by environment);
// SOAK_ONLY=refresh,roster,restart,generated runs some of the parts.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { soakSettings } from './soakSettings';
import { formatSoakTable, type SoakFigures } from './soakResults';
import { soakTokenRefresh } from './tokenRefreshSoak';
import { soakNodeRestarts } from './nodeRestartSoak';
import { soakRosterResync } from './rosterResyncSoak';
import { soakGeneratedInput } from './generatedInputSoak';

const projectRoot = resolve(import.meta.dirname, '../..');
const settings = soakSettings();
const only = new Set((process.env.SOAK_ONLY ?? 'refresh,roster,restart,generated').split(',').map((part) => part.trim()));

const parts: [string, () => Promise<SoakFigures>][] = [
  ['refresh', () => soakTokenRefresh(settings)],
  ['roster', () => soakRosterResync(settings)],
  ['restart', () => soakNodeRestarts(settings)],
  ['generated', () => soakGeneratedInput(settings)],
];

const figures: SoakFigures = {};
const startedAt = Date.now();
for (const [name, run] of parts) {
  if (!only.has(name)) continue;
  const partStarted = Date.now();
  process.stdout.write(`soak: ${name}...\n`);
  Object.assign(figures, await run());
  process.stdout.write(`soak: ${name} done in ${Math.round((Date.now() - partStarted) / 1000)} s\n`);
}
figures.soak_seconds = { value: Math.round((Date.now() - startedAt) / 100) / 10, unit: 's' };

console.log(formatSoakTable(figures));
await writeFile(resolve(projectRoot, 'soak-results.json'), `${JSON.stringify({ settings, figures }, null, 2)}\n`);
console.log('Wrote soak-results.json');
const failed = Object.entries(figures).filter(([, f]) => f.met === false);
if (failed.length > 0) {
  console.log(`Goals not met: ${failed.map(([name]) => name).join(', ')}`);
  process.exitCode = 1;
}
