// Where the admin PIN's wrong-guess count and lockout are kept: in a small file beside the room's
// configuration, so restarting Parley (or the PC) does not hand a guesser three fresh tries.
import { readFile, mkdir, writeFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface LockoutState {
  failures: number;
  /** Epoch ms until which every PIN is refused. */
  lockedUntil: number;
}

export interface LockoutStore {
  read(): Promise<LockoutState>;
  write(state: LockoutState): Promise<void>;
}

const fresh: LockoutState = { failures: 0, lockedUntil: 0 };

function parseState(text: string): LockoutState {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null) return fresh;
  const { failures, lockedUntil } = value as Record<string, unknown>;
  const count = typeof failures === 'number' && Number.isFinite(failures) ? Math.max(0, Math.min(1_000, Math.floor(failures))) : 0;
  const until = typeof lockedUntil === 'number' && Number.isFinite(lockedUntil) ? Math.max(0, lockedUntil) : 0;
  return { failures: count, lockedUntil: until };
}

export function createMemoryLockoutStore(initial: LockoutState = fresh): LockoutStore {
  let state = { ...initial };
  return {
    read: async () => ({ ...state }),
    write: async (next) => {
      state = { ...next };
    },
  };
}

/**
 * A missing file is a fresh start; an unreadable or damaged one counts as three failures (locked
 * once more), so deleting or corrupting the file is no way around the lockout.
 */
export function createFileLockoutStore(file: string): LockoutStore {
  return {
    async read() {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { ...fresh } : { failures: 3, lockedUntil: 0 };
      }
      try {
        return parseState(text);
      } catch {
        return { failures: 3, lockedUntil: 0 };
      }
    },
    async write(state) {
      await mkdir(dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, `${JSON.stringify(state)}\n`, { mode: 0o600 });
      await rename(temporary, file);
    },
  };
}
