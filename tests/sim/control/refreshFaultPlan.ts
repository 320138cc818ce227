// A random share of refresh_token requests fails, each in one of the ways a real node or network
// fails: a 502 or 503 answer, no answer at all (the client's timeout), or a connection reset. The
// draws come from a seeded generator, so a soak run can be repeated exactly.

export const refreshFaultKinds = ['502', '503', 'timeout', 'reset'] as const;
export type RefreshFaultKind = (typeof refreshFaultKinds)[number];

/** What the refresh route does with one request. */
export type RefreshFault = { kind: 'status'; status: number } | { kind: 'timeout' } | { kind: 'reset' };

export interface RefreshFaultRate {
  /** Share of refreshes that fail, 0..1. */
  rate: number;
  kinds: readonly RefreshFaultKind[];
  seed: number;
}

/** mulberry32: small, fast and good enough to spread faults; not for anything secret. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class RefreshFaultPlan {
  private readonly random: () => number;
  readonly counts: Record<RefreshFaultKind | 'passed', number> = { '502': 0, '503': 0, timeout: 0, reset: 0, passed: 0 };

  constructor(private readonly settings: RefreshFaultRate) {
    this.random = seededRandom(settings.seed);
  }

  /** Draws the fate of one refresh: a fault, or undefined to let it through. */
  draw(): RefreshFault | undefined {
    const { rate, kinds } = this.settings;
    if (kinds.length === 0 || this.random() >= rate) {
      this.counts.passed += 1;
      return undefined;
    }
    const kind = kinds[Math.min(kinds.length - 1, Math.floor(this.random() * kinds.length))] as RefreshFaultKind;
    this.counts[kind] += 1;
    if (kind === 'timeout' || kind === 'reset') return { kind };
    return { kind: 'status', status: Number(kind) };
  }
}
