// The http:// nodes a person confirmed as "This node does not use encryption", kept in the user's
// profile so the question is asked once per node (host[:port]).
import { app } from 'electron';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createMemoryUnencryptedNodeStore, type UnencryptedNodeStore } from '../../service';

function readHosts(file: string): string[] {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return Array.isArray(value) ? value.filter((host): host is string => typeof host === 'string' && host.length <= 300) : [];
  } catch {
    return [];
  }
}

export function loadUnencryptedNodeDecisions(): UnencryptedNodeStore {
  const file = join(app.getPath('userData'), 'unencrypted-nodes.json');
  const hosts = readHosts(file);
  const memory = createMemoryUnencryptedNodeStore(hosts);
  return {
    isAllowed: (host) => memory.isAllowed(host),
    allow: async (host) => {
      if (memory.isAllowed(host)) return;
      await memory.allow(host);
      hosts.push(host);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, `${JSON.stringify(hosts, null, 2)}\n`, { mode: 0o600 });
    },
  };
}
