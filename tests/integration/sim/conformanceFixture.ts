// Shared set-up for the every-request conformance test: people in rooms, calls, dial-outs and
// breakout rooms, each made through @pexip/infinity-api as a client would make them.
import {
  breakoutCallsWebrtcParticipant,
  breakoutRequestGuestToken,
  breakouts,
  callsWebrtcParticipant,
  conferenceStatus,
  dial,
  requestToken,
  withPin,
  withToken,
} from '@pexip/infinity-api';
import type { Joined } from './joinRoom';
import { joinRoom } from './joinRoom';
import { SseClient } from './sseClient';

/** How long a moved participant waits for its refer before the scenario fails. */
const REFER_TIMEOUT_MS = 5_000;

/** A participant's open event stream, as a real client keeps one, so it sees its refer. */
export interface Watched {
  joined: Joined;
  events: SseClient;
}

export const ROOM = 'meet.conformance';
export const HOST_PIN = '1234';
export const OFFER = 'v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n';

export interface Api {
  fetcher: typeof fetch;
  host: string;
}

export class ConformanceFixture {
  private counter = 0;
  private readonly streams: SseClient[] = [];

  constructor(readonly url: string) {}

  as(joined: Joined): Api {
    return { fetcher: withToken(fetch, joined.token), host: this.url };
  }

  params(joined: Joined) {
    return { conferenceAlias: joined.alias, participantUuid: joined.participantUuid };
  }

  host(alias = ROOM): Promise<Joined> {
    return joinRoom(this.url, alias, this.name('Host'), HOST_PIN);
  }

  guest(alias = ROOM): Promise<Joined> {
    return joinRoom(this.url, alias, this.name('Guest'), 'none');
  }

  async call(joined: Joined, fecc = false): Promise<string> {
    const response = await callsWebrtcParticipant({
      ...this.as(joined),
      params: this.params(joined),
      body: { call_type: 'WEBRTC', sdp: OFFER, fecc_supported: fecc },
    });
    if (response.status !== 200) throw new Error(`call failed: ${response.status}`);
    return response.data.result.call_uuid;
  }

  async dialOut(host: Joined, destination = 'room-system@example.com'): Promise<string> {
    const response = await dial({
      ...this.as(host),
      params: { conferenceAlias: host.alias },
      body: { role: 'GUEST', destination, protocol: 'sip' },
    });
    const uuid = response.data.result[0];
    if (uuid === undefined) throw new Error('dial returned no participant');
    return uuid;
  }

  async breakout(host: Joined, options: { guestsAllowedToLeave?: boolean } = {}): Promise<string> {
    const response = await breakouts({
      ...this.as(host),
      params: { conferenceAlias: host.alias },
      body: { name: this.name('Room'), guests_allowed_to_leave: options.guestsAllowedToLeave ?? false },
    });
    return response.data.result.breakout_uuid;
  }

  /** A guest inside a breakout room, joined with a guest token the host asked for. */
  async guestInBreakout(host: Joined, breakoutUuid: string): Promise<Joined> {
    const token = await breakoutRequestGuestToken({ ...this.as(host), params: { conferenceAlias: host.alias, breakoutUuid } });
    const response = await requestToken({
      fetcher: withPin(fetch, 'none'),
      host: this.url,
      params: { conferenceAlias: host.alias },
      body: { display_name: this.name('Breakout guest'), token: token.data.result },
    });
    if (response.status !== 200) throw new Error(`breakout join failed: ${response.status}`);
    return { alias: host.alias, token: response.data.result.token, participantUuid: response.data.result.participant_uuid, role: 'GUEST' };
  }

  /** The host's control participant in a breakout room (named by breakout_begin; here read from the roster). */
  async control(host: Joined, breakoutUuid: string): Promise<string> {
    const response = await fetch(`${this.url}/api/client/v2/conferences/${host.alias}/breakouts/${breakoutUuid}/participants`, {
      headers: { token: host.token },
    });
    const body = (await response.json()) as { result: { uuid: string; display_name: string; role: string }[] };
    const mainList = await fetch(`${this.url}/api/client/v2/conferences/${host.alias}/participants`, { headers: { token: host.token } });
    const me = ((await mainList.json()) as { result: { uuid: string; display_name: string }[] }).result.find(
      (p) => p.uuid === host.participantUuid,
    );
    const control = body.result.find((p) => p.role === 'chair' && p.display_name === me?.display_name);
    if (!control) throw new Error('no control participant');
    return control.uuid;
  }

  async breakoutCall(host: Joined, breakoutUuid: string, control: string): Promise<string> {
    const response = await breakoutCallsWebrtcParticipant({
      ...this.as(host),
      params: { conferenceAlias: host.alias, breakoutUuid, participantUuid: control },
      body: { call_type: 'WEBRTC', sdp: OFFER },
    });
    if (response.status !== 200) throw new Error(`breakout call failed: ${response.status}`);
    return response.data.result.call_uuid;
  }

  /** Opens the participant's event stream (and waits for its opening sync), as a client does on joining. */
  async watch(joined: Joined): Promise<Watched> {
    const events = await SseClient.open(this.url, joined.alias, joined.token);
    this.streams.push(events);
    await events.next('participant_sync_end');
    return { joined, events };
  }

  /**
   * What a moved participant does before anyone addresses it again: reads its `refer`, joins with
   * the refer token at the alias it names, and opens the new session's event stream. Throws if no
   * refer comes, the token is refused, or the new session does not answer conference_status.
   */
  async follow(watched: Watched): Promise<Joined> {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no refer arrived')), REFER_TIMEOUT_MS).unref());
    const referEvent = await Promise.race([watched.events.next('refer'), timeout]);
    const refer = JSON.parse(referEvent.data) as { alias: string; token: string };
    const response = await requestToken({
      fetcher: fetch,
      host: this.url,
      params: { conferenceAlias: refer.alias },
      body: { display_name: this.name('Moved'), token: refer.token },
    });
    if (response.status !== 200) throw new Error(`refer token refused: ${response.status}`);
    const result = response.data.result;
    const moved: Joined = { alias: refer.alias, token: result.token, participantUuid: result.participant_uuid, role: result.role };
    if (moved.participantUuid !== watched.joined.participantUuid) throw new Error('the moved participant came back with another uuid');
    const status = await conferenceStatus({ ...this.as(moved), params: { conferenceAlias: moved.alias } });
    if (status.status !== 200) throw new Error(`moved session refused: ${status.status}`);
    await this.watch(moved);
    return moved;
  }

  closeStreams(): void {
    for (const stream of this.streams.splice(0)) stream.close();
  }

  private name(prefix: string): string {
    this.counter += 1;
    return `${prefix} ${this.counter}`;
  }
}
