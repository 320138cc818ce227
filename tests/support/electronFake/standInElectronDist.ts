// A folder that stands in for Electron's Linux distribution, for electron-builder's `electronDist`
// (the real one cannot be downloaded here). It holds what electron-builder reads and changes: the
// `electron` executable, carrying the fuse wire that @electron/fuses flips (Electron's sentinel,
// wire version 1, then one byte per fuse, '1' on / '0' off, in Electron's default state), and
// `version`. It cannot run an app: packaging tests use it to check the package, not to start it.
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** From @electron/fuses (constants.ts): marks the start of the fuse wire in Electron's binary. */
export const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

// RunAsNode, EnableCookieEncryption, EnableNodeOptionsEnvironmentVariable,
// EnableNodeCliInspectArguments, EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar,
// LoadBrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges: Electron's defaults.
const defaultFuses = '10110001';

export async function writeStandInElectronDist(dir: string, version: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const script = Buffer.from('#!/bin/sh\necho "stand-in Electron: cannot run an app" >&2\nexit 1\n# ');
  const wire = Buffer.concat([Buffer.from(fuseSentinel), Buffer.from([1, defaultFuses.length]), Buffer.from(defaultFuses), Buffer.from('\n')]);
  await writeFile(join(dir, 'electron'), Buffer.concat([script, wire]));
  await chmod(join(dir, 'electron'), 0o755);
  await writeFile(join(dir, 'version'), version);
  return dir;
}
