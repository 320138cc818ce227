// The last node and display name, remembered between runs. The PIN is never stored here.
export interface RememberedJoin {
  node: string;
  displayName: string;
}

const storageKey = 'parley.lastJoin';

export function loadRememberedJoin(storage: Pick<Storage, 'getItem'> = localStorage): RememberedJoin {
  try {
    const saved: unknown = JSON.parse(storage.getItem(storageKey) ?? '{}');
    if (typeof saved === 'object' && saved !== null) {
      const { node, displayName } = saved as Record<string, unknown>;
      return {
        node: typeof node === 'string' ? node : '',
        displayName: typeof displayName === 'string' ? displayName : '',
      };
    }
  } catch {
    // Unreadable: start empty.
  }
  return { node: '', displayName: '' };
}

export function saveRememberedJoin(join: RememberedJoin, storage: Pick<Storage, 'setItem'> = localStorage): void {
  try {
    storage.setItem(storageKey, JSON.stringify({ node: join.node, displayName: join.displayName }));
  } catch {
    // Storage disabled: nothing is remembered.
  }
}
