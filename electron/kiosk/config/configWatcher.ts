// Watches the configuration files: a change (an edit, or a file replaced by a deployment tool)
// calls back once things settle. The folders are watched, not the files, so a file that is
// replaced, created or removed is still seen.
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';

export interface ConfigWatcher {
  close(): void;
}

/** Deployment tools write in steps; one reload after the last of them. */
const settleMs = 300;

export function watchConfigFiles(files: readonly string[], onChange: () => void, onProblem: (message: string) => void): ConfigWatcher {
  const byFolder = new Map<string, Set<string>>();
  for (const file of files) {
    const folder = dirname(file);
    byFolder.set(folder, (byFolder.get(folder) ?? new Set()).add(basename(file)));
  }
  let timer: ReturnType<typeof setTimeout> | null = null;
  const changed = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      onChange();
    }, settleMs);
  };
  const watchers: FSWatcher[] = [];
  for (const [folder, names] of byFolder) {
    try {
      const watcher = watch(folder, { persistent: false }, (_event, name) => {
        // Some platforms give no name: any change in the folder may be ours.
        if (name === null || names.has(basename(name.toString()))) changed();
      });
      watcher.on('error', (error) => onProblem(`${folder}: ${error.message}`));
      watchers.push(watcher);
    } catch (error) {
      // A folder that does not exist (no system-wide file) has nothing to watch.
      const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
      if (code !== 'ENOENT') onProblem(`${folder}: cannot be watched (${code || 'error'})`);
    }
  }
  return {
    close() {
      if (timer) clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}
