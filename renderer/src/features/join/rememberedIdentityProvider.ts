// The identity provider last chosen on each node, so a meeting there offers it first.
const storageKey = 'parley.identityProviders';
const maxNodes = 50;

function load(storage: Pick<Storage, 'getItem'>): Map<string, string> {
  try {
    const saved: unknown = JSON.parse(storage.getItem(storageKey) ?? '[]');
    if (!Array.isArray(saved)) return new Map();
    const entries = saved.filter(
      (entry): entry is [string, string] => Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string',
    );
    return new Map(entries.slice(-maxNodes));
  } catch {
    return new Map();
  }
}

export function rememberedIdentityProvider(node: string, storage: Pick<Storage, 'getItem'> = localStorage): string | null {
  return load(storage).get(node.trim().toLowerCase()) ?? null;
}

export function rememberIdentityProvider(node: string, uuid: string, storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage): void {
  const entries = load(storage);
  const key = node.trim().toLowerCase();
  entries.delete(key);
  entries.set(key, uuid);
  try {
    storage.setItem(storageKey, JSON.stringify([...entries].slice(-maxNodes)));
  } catch {
    // Storage disabled: nothing is remembered.
  }
}

/** The providers with the remembered one first. */
export function rememberedFirst<T extends { uuid: string }>(providers: readonly T[], remembered: string | null): T[] {
  const first = providers.filter((provider) => provider.uuid === remembered);
  return [...first, ...providers.filter((provider) => provider.uuid !== remembered)];
}
