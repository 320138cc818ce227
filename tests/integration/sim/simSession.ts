// A participant in a simulator room for event-level tests: their token, their event stream, and
// plain JSON requests on their behalf.
import type { Simulator } from '../../sim/index';
import { joinRoom, type Joined } from './joinRoom';
import { SseClient } from './sseClient';

export interface JsonAnswer {
  status: number;
  body: { status?: string; result?: unknown };
}

export class SimSession {
  private constructor(
    readonly sim: Simulator,
    readonly joined: Joined,
    readonly events: SseClient,
  ) {}

  static async join(sim: Simulator, alias: string, name: string, pin?: string, streams?: SseClient[]): Promise<SimSession> {
    return SimSession.open(sim, await joinRoom(sim.url, alias, name, pin), streams);
  }

  /** Opens the event stream of an already joined participant and waits for its opening sync. */
  static async open(sim: Simulator, joined: Joined, streams?: SseClient[]): Promise<SimSession> {
    const events = await SseClient.open(sim.url, joined.alias, joined.token);
    streams?.push(events);
    await events.next('participant_sync_end');
    return new SimSession(sim, joined, events);
  }

  get uuid(): string {
    return this.joined.participantUuid;
  }

  post(path: string, body?: unknown): Promise<JsonAnswer> {
    return this.request('POST', path, body);
  }

  get(path: string): Promise<JsonAnswer> {
    return this.request('GET', path);
  }

  /** POST participants/<uuid>/<action>. */
  act(targetUuid: string, action: string, body?: unknown): Promise<JsonAnswer> {
    return this.post(`participants/${targetUuid}/${action}`, body);
  }

  url(path: string): string {
    return `${this.sim.url}/api/client/v2/conferences/${encodeURIComponent(this.joined.alias)}/${path}`;
  }

  async leave(): Promise<void> {
    this.events.close();
    await this.post('release_token', {});
  }

  private async request(method: string, path: string, body?: unknown): Promise<JsonAnswer> {
    const response = await fetch(this.url(path), {
      method,
      headers: { token: this.joined.token, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? {} : (JSON.parse(text) as JsonAnswer['body']) };
  }
}

export const withUuid =
  (uuid: string, extra: Record<string, unknown> = {}) =>
  (data: unknown): boolean => {
    const record = data as Record<string, unknown> | null;
    return record?.['uuid'] === uuid && Object.entries(extra).every(([k, v]) => record[k] === v);
  };
