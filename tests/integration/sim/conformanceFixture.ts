// Shared set-up for the every-request conformance test: people in rooms, calls, dial-outs and
// breakout rooms, each made through @pexip/infinity-api as a client would make them.
import {
  breakoutCallsWebrtcParticipant,
  breakoutRequestGuestToken,
  breakouts,
  callsWebrtcParticipant,
  dial,
  requestToken,
  withPin,
  withToken,
} from '@pexip/infinity-api';
import type { Joined } from './joinRoom';
import { joinRoom } from './joinRoom';

export const ROOM = 'meet.conformance';
export const HOST_PIN = '1234';
export const OFFER = 'v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n';

export interface Api {
  fetcher: typeof fetch;
  host: string;
}

export class ConformanceFixture {
  private counter = 0;

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

  private name(prefix: string): string {
    this.counter += 1;
    return `${prefix} ${this.counter}`;
  }
}
