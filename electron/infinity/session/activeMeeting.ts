// One joined meeting: the token session, the event stream and the meeting state, wired
// together, plus the media call id. Ends exactly once, with a reason the renderer can show.
import { conferenceStatus } from '@pexip/infinity-api';
import type { BridgeEventBody, SessionEndCode, SessionEndWording } from '../../shared/events';
import type { Logger } from '../logger';
import type { NodeAddress } from '../http/nodeAddress';
import { createRecordingFetcher, parseJsonBody, withTimeout } from '../http/infinityFetch';
import { EventStream, type RawServerEvent } from '../events/eventStream';
import { parseBoundedJson } from '../wire/boundedJson';
import { translateEvent } from '../events/eventTranslator';
import { wireConferenceDetailsSchema } from '../events/serverEventSchemas';
import { MeetingState } from '../state/meetingState';
import type { OperationContext as CommandContext } from '../requests/operationRequest';
import { TokenSession } from './tokenSession';
import type { JoinedSession } from './joinOutcome';

export interface ActiveMeetingOptions {
  node: NodeAddress;
  /** Alias for every request after the join. */
  alias: string;
  joined: JoinedSession;
  fetch: typeof fetch;
  random: () => number;
  logger: Logger;
  /** Emits a bridge event; `receivedAt` defaults to now. */
  emit(body: BridgeEventBody, receivedAt?: number): void;
  /** Called once, after the meeting has ended for any reason. */
  onEnded(): void;
  /**
   * The node moved this participant elsewhere (transfer, breakout room) with a one-time token.
   * The meeting has already stopped without a session_ended event; the caller joins the target.
   */
  onRefer?(refer: ReferTicket): void;
  maxOutageMs?: number;
}

export interface ReferTicket {
  alias: string;
  token: string;
  breakoutName?: string;
  breakoutUuid?: string;
}

export const sessionEndReasons = {
  disconnected: 'The meeting server ended your connection to the meeting.',
  connectionLost: 'Parley lost the connection to the meeting and could not restore it.',
  left: 'You left the meeting.',
} as const;

/** Parley's own reason for ending: its English and the code the renderer translates. */
export interface SessionEndWords {
  reason: string;
  wording: SessionEndWording;
}

export const sessionEndWords = {
  disconnected: { reason: sessionEndReasons.disconnected, wording: 'disconnected' },
  connectionLost: { reason: sessionEndReasons.connectionLost, wording: 'connectionLost' },
  left: { reason: sessionEndReasons.left, wording: 'left' },
} as const satisfies Record<keyof typeof sessionEndReasons, SessionEndWords>;

const releaseTimeoutMs = 2000;

export class ActiveMeeting {
  readonly state: MeetingState;
  readonly commandContext: CommandContext;
  /** The media call in progress, set by startCall. */
  callUuid: string | null = null;
  /**
   * Who the call in progress belongs to: oneself in the main room, or (a host after breakout_refer)
   * one's control participant in a breakout room. Its requests (ack, update, disconnect) go there.
   */
  callTarget: { participantUuid: string; breakoutUuid?: string } | null = null;
  private readonly token: TokenSession;
  private readonly stream: EventStream;
  private ended = false;

  constructor(private readonly options: ActiveMeetingOptions) {
    const { node, alias, joined, logger } = options;
    this.state = new MeetingState(joined.info, joined.details);
    this.token = new TokenSession({
      host: node.baseUrl,
      alias,
      fetch: options.fetch,
      token: joined.token,
      expiresSeconds: joined.expiresSeconds,
      random: options.random,
      logger,
      onLapsed: (reason, wording) => void this.end('token_expired', { reason, wording }, false),
    });
    this.commandContext = {
      host: node.baseUrl,
      alias,
      participantUuid: joined.info.participantUuid,
      fetch: this.token.authorizedFetch,
      logger,
    };
    const streamOptions = {
      url: `${node.baseUrl}/api/client/v2/conferences/${encodeURIComponent(alias)}/events`,
      fetch: options.fetch,
      currentToken: () => this.token.currentToken(),
      random: options.random,
      logger,
      onEvent: (event: RawServerEvent) => this.handleServerEvent(event),
      onOpen: () => this.emitIf(this.state.setConnection('connected')),
      onDrop: (reason: string) => this.emitIf(this.state.setConnection('reconnecting', reason)),
      onGiveUp: () => void this.end('connection_lost', sessionEndWords.connectionLost, true),
      // A refresh tells whether the node still knows this token: a refusal ends the meeting now
      // (a restarted node) instead of after the whole outage allowance or at the next refresh.
      onRefused: () => void this.token.refreshNow(),
    };
    this.stream = new EventStream(
      options.maxOutageMs === undefined ? streamOptions : { ...streamOptions, maxOutageMs: options.maxOutageMs },
    );
  }

  get isEnded(): boolean {
    return this.ended;
  }

  start(): void {
    this.token.start();
    this.stream.start();
    void this.fetchConferenceStatus();
  }

  /** Ends the meeting once: stops timers and stream, optionally releases the token, emits session_ended. */
  /** `why`: the node's own reason (no wording) or Parley's words for it. */
  async end(code: SessionEndCode, why: { reason: string; wording?: SessionEndWording }, release: boolean, releaseReason = why.reason): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    this.stream.stop();
    if (release) await this.token.release(releaseReason, releaseTimeoutMs);
    else this.token.stop();
    this.options.logger.info('meeting ended', { code });
    this.options.emit({ type: 'session_ended', code, reason: why.reason, ...(why.wording ? { wording: why.wording } : {}) });
    this.options.onEnded();
  }

  /** Refreshes the token at once (refresh_token event, or main asks). */
  refreshToken(): ReturnType<TokenSession['refreshNow']> {
    return this.token.refreshNow();
  }

  /** Stops for a refer: the node has already removed us, so no release and no session_ended. */
  private handOver(ticket: ReferTicket): void {
    if (this.ended) return;
    this.ended = true;
    this.stream.stop();
    this.token.stop();
    this.options.logger.info('meeting referred elsewhere', { breakout: ticket.breakoutUuid ?? null });
    this.options.onEnded();
    this.options.onRefer?.(ticket);
  }

  private emitIf(body: BridgeEventBody | null, receivedAt?: number): void {
    if (body && !this.ended) this.options.emit(body, receivedAt);
  }

  private handleServerEvent(raw: RawServerEvent): void {
    if (this.ended) return;
    // Whatever the node sends, one bad event is logged and skipped; it never ends the meeting.
    try {
      this.applyServerEvent(raw);
    } catch (error) {
      this.options.logger.error('skipped an event the core could not apply', { event: raw.name.slice(0, 64), error });
    }
  }

  private applyServerEvent(raw: RawServerEvent): void {
    const parsed = parseBoundedJson(raw.data);
    if (!parsed.ok) {
      this.options.logger.warn('skipped event with unusable JSON', { event: raw.name.slice(0, 64), issue: parsed.issue, length: raw.data.length });
      return;
    }
    const translated = translateEvent(raw.name, parsed.value, raw.id ?? null);
    if (!translated.ok) {
      this.options.logger.warn('skipped malformed event', { event: raw.name, issue: translated.issue });
      return;
    }
    const event = translated.event;
    if (event.kind === 'disconnect') {
      // The node has already dropped us: no release_token, just stop and tell the renderer.
      void this.end('disconnected', event.reason ? { reason: event.reason } : sessionEndWords.disconnected, false);
      return;
    }
    if (event.kind === 'call_disconnected' && event.callUuid === this.callUuid) {
      this.callUuid = null;
      this.callTarget = null;
    }
    for (const body of this.state.apply(event, raw.receivedAt)) this.emitIf(body, raw.receivedAt);
    if (event.kind !== 'relayed') return;
    if (event.event.name === 'refresh_token') void this.token.refreshNow();
    if (event.event.name === 'refer' && event.referToken !== undefined && this.options.onRefer) {
      const { alias, breakout_name: breakoutName, breakout_uuid: breakoutUuid } = event.event.data;
      this.handOver({
        alias,
        token: event.referToken,
        ...(breakoutName === undefined ? {} : { breakoutName }),
        ...(breakoutUuid === undefined ? {} : { breakoutUuid }),
      });
    }
  }

  private async fetchConferenceStatus(): Promise<void> {
    const { fetcher, lastResponse } = createRecordingFetcher(this.token.authorizedFetch);
    let result: unknown;
    try {
      const response = await conferenceStatus({
        fetcher,
        init: withTimeout(10_000),
        params: { conferenceAlias: this.commandContext.alias },
        host: this.commandContext.host,
      });
      result = response.data.result;
    } catch {
      // The library validates strictly; the node's own keys (hyphenated in the API document's
      // example) are still usable, so fall back to the raw body.
      const last = lastResponse();
      const body = last?.status === 200 ? parseJsonBody(last) : undefined;
      result = body !== null && typeof body === 'object' && 'result' in body ? body.result : undefined;
    }
    if (this.ended || result === undefined) return;
    const parsed = wireConferenceDetailsSchema.safeParse(result);
    if (!parsed.success) {
      this.options.logger.warn('conference_status answer not usable');
      return;
    }
    this.emitIf(this.state.applyFetchedConference(parsed.data, parsed.data));
  }
}
