// The certificates a person chose to trust, one per node host, kept in the user's profile so the
// decision is asked once per node (and asked again if the node's certificate changes). Settings
// lists them and can forget one.
import { app } from 'electron';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createMemoryTrustStore, type CertificateTrustStore } from '../../service';
import type { TrustedCertificate } from '../../shared/desktopCommands';

export interface TrustedNodeCertificates extends CertificateTrustStore {
  list(): TrustedCertificate[];
  /** The host's certificate is verified normally again (and asked about if it still fails). */
  forget(host: string): Promise<void>;
}

function readDecisions(file: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof value !== 'object' || value === null) return {};
    return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return {};
  }
}

export function loadTrustedNodeCertificates(): TrustedNodeCertificates {
  const file = join(app.getPath('userData'), 'trusted-node-certificates.json');
  const decisions = readDecisions(file);
  let memory = createMemoryTrustStore(decisions);
  const save = async (): Promise<void> => {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(decisions, null, 2)}\n`, { mode: 0o600 });
  };
  return {
    trustedFingerprint: (host) => memory.trustedFingerprint(host),
    trust: async (host, fingerprint) => {
      await memory.trust(host, fingerprint);
      decisions[host] = memory.trustedFingerprint(host) ?? fingerprint;
      await save();
    },
    list: () =>
      Object.keys(decisions)
        .sort()
        .map((host) => ({ host, fingerprint: memory.trustedFingerprint(host) ?? decisions[host] ?? '' })),
    forget: async (host) => {
      if (!Object.hasOwn(decisions, host)) return;
      delete decisions[host];
      memory = createMemoryTrustStore(decisions);
      await save();
    },
  };
}
