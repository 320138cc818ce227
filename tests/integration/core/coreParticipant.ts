// A participant driven through the real Infinity core (MeetingService) for integration tests:
// records every bridge event, every warning, and every request the core sent.
import { createMeetingService, type MeetingService, type SsoSignIn } from '../../../electron/service';
import { defaultFetch } from '../../../electron/infinity/http/infinityFetch';
import type { Logger } from '../../../electron/infinity/logger';
import type { BridgeEvent, CommandArg } from '../../../electron/shared/bridge';
import type { JoinedInfo } from '../../../electron/shared/meeting';

export interface SentRequest {
  path: string;
  token: string | undefined;
}

export interface CoreParticipant {
  service: MeetingService;
  events: BridgeEvent[];
  warnings: string[];
  requests: SentRequest[];
  /** Resolves with the first event (already received or future) matching `predicate`. */
  waitFor<T extends BridgeEvent>(predicate: (event: BridgeEvent) => event is T, what: string): Promise<T>;
  waitFor(predicate: (event: BridgeEvent) => boolean, what: string): Promise<BridgeEvent>;
  /** Joins and fails the test if the join does not succeed. */
  join(request: CommandArg<'join'>): Promise<JoinedInfo>;
}

const waitLimitMs = 20_000;

export function createCoreParticipant(options: { fetch?: typeof fetch; ssoSignIn?: SsoSignIn } = {}): CoreParticipant {
  const events: BridgeEvent[] = [];
  const warnings: string[] = [];
  const requests: SentRequest[] = [];
  const base = options.fetch ?? defaultFetch;
  const fetcher: typeof fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    requests.push({ path: new URL(url).pathname, token: new Headers(init?.headers).get('token') ?? undefined });
    return base(input, init);
  };
  const logger: Logger = {
    debug: () => undefined,
    info: () => undefined,
    warn: (msg, fields) => warnings.push(`${msg} ${JSON.stringify(fields ?? {})}`),
    error: (msg, fields) => warnings.push(`ERROR ${msg} ${JSON.stringify(fields ?? {})}`),
  };
  const service = createMeetingService({ fetch: fetcher, logger, ...(options.ssoSignIn ? { ssoSignIn: options.ssoSignIn } : {}) });
  const waiters = new Set<{ predicate: (event: BridgeEvent) => boolean; resolve: (event: BridgeEvent) => void }>();
  service.onEvent((event) => {
    events.push(event);
    for (const waiter of [...waiters]) {
      if (waiter.predicate(event)) {
        waiters.delete(waiter);
        waiter.resolve(event);
      }
    }
  });

  function waitFor(predicate: (event: BridgeEvent) => boolean, what: string): Promise<BridgeEvent> {
    const seen = events.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter = {
        predicate,
        resolve: (event: BridgeEvent) => {
          clearTimeout(timer);
          resolve(event);
        },
      };
      // A bound on waiting so a missing event fails with its name instead of the test timeout.
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        reject(new Error(`no ${what} event; got: ${events.map((e) => e.type).join(', ')}`));
      }, waitLimitMs);
      waiters.add(waiter);
    });
  }

  return {
    service,
    events,
    warnings,
    requests,
    waitFor: waitFor as CoreParticipant['waitFor'],
    async join(request) {
      const result = await service.handlers.join(request);
      if (!result.ok) throw new Error(`join failed: ${JSON.stringify(result.error)}`);
      return result.value;
    },
  };
}

export interface SimState {
  rooms: { alias: string; participants: { uuid: string; display_name: string; role: string; is_client_muted: boolean }[] }[];
}

export async function simState(simUrl: string): Promise<SimState> {
  const response = await fetch(`${simUrl}/_sim/state`);
  const body = (await response.json()) as { result: SimState };
  return body.result;
}

export function participantsIn(state: SimState, alias: string) {
  return state.rooms.find((room) => room.alias === alias)?.participants ?? [];
}
