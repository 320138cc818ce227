// The meeting as the core knows it (roster, conference, stage, layout, presentation, chat,
// connection, and what main needs without the renderer: breakouts, splash screen, presentation
// frames, refers). Live captions are relayed, not kept: the renderer keeps the lines it shows. Applies translated Infinity events and says which bridge events
// to emit; `snapshot()` lets a reloaded renderer resume, `fullSnapshot()` is main's fuller view.
import type { BridgeEventBody } from '../../shared/events';
import type {
  ChatMessage,
  ConferenceStatus,
  ConnectionState,
  JoinedInfo,
  LayoutInfo,
  MeetingSnapshot,
  Participant,
  PresentationInfo,
  StageEntry,
} from '../../shared/meeting';
import type { InfinityEvent } from '../events/eventTranslator';
import type { WireConference } from '../events/eventSchemas';
import type { RelayedEvent, RelayedEventPayloads, WireConferenceDetails, WireParticipantDetails } from '../events/serverEventSchemas';
import { toChatMessage, toConferenceStatus, toLayout } from '../events/conferenceMapping';
import type { SessionDetails } from '../session/sessionDetails';
import type { BreakoutLocation } from '../../shared/breakouts';
import { BreakoutRooms, toEndAction, type BreakoutRoomSnapshot } from './breakoutRooms';

/** Oldest messages are dropped beyond this, so a day-long meeting cannot grow without bound. */
export const chatHistoryLimit = 1000;

export type LayoutDetails = Extract<InfinityEvent, { kind: 'layout' }>['layout'];

/** Everything the core knows about the meeting, for main (kiosk, tray, notifications). */
export interface CoreMeetingSnapshot extends MeetingSnapshot {
  session: SessionDetails | null;
  /** Every documented participant field (audio mixes, layout group, ...) by participant uuid. */
  participantDetails: Record<string, WireParticipantDetails>;
  /** The conference as last reported, every documented field (pinning, breakout, help request...). */
  conferenceDetails: WireConferenceDetails | null;
  layoutDetails: LayoutDetails | null;
  breakouts: BreakoutRoomSnapshot[];
  /** screen_key of the splash screen to show (direct media), or null. */
  splashScreen: string | null;
  /** SSE id of the latest presentation_frame (what presentation.jpeg needs), or null. */
  presentationFrameId: string | null;
  /** Where this participant's media belongs: "main" or a breakout uuid (breakout_refer). */
  mediaRoom: string;
  /** The last refer received (never its token). */
  lastRefer: RelayedEventPayloads['refer'] | null;
}

export class MeetingState {
  private roster = new Map<string, Participant>();
  private participantExtras = new Map<string, WireParticipantDetails>();
  /** Participants collected between participant_sync_begin and _end; null outside a sync. */
  private syncBuffer: Map<string, { participant: Participant; details: WireParticipantDetails }> | null = null;
  private conference: ConferenceStatus | null = null;
  private conferenceDetails: WireConferenceDetails | null = null;
  private stage: StageEntry[] = [];
  private layout: LayoutInfo | null = null;
  private layoutDetails: LayoutDetails | null = null;
  private presentation: PresentationInfo | null = null;
  private presentationFrameId: string | null = null;
  private chatHistory: ChatMessage[] = [];
  private connection: ConnectionState = 'connected';
  private readonly breakouts = new BreakoutRooms();
  private splashScreen: string | null = null;
  private mediaRoom = 'main';
  private lastRefer: RelayedEventPayloads['refer'] | null = null;
  /** Whether the node has sent a conference_update (newer than any conference_status we fetch). */
  private conferenceFromEvents = false;
  /** When the current or last participant_sync_begin arrived. */
  private syncStartedAt = 0;
  /** The event stream dropped: the next sync is a resync, after which the node replays the open breakout rooms. */
  private resyncing = false;
  /** A resync ended: the first event that is not part of the node's breakout replay drops the rooms it did not replay. */
  private pruneArmed = false;
  /** The breakout room last announced as this participant's location (its JSON), to emit only changes. */
  private announcedLocation = 'null';

  constructor(
    readonly info: JoinedInfo,
    readonly session: SessionDetails | null = null,
  ) {}

  /** Applies one event; returns the bridge events (without receivedAt) to emit for it. */
  apply(event: InfinityEvent, receivedAt: number): BridgeEventBody[] {
    if (!this.pruneArmed || isBreakoutReplay(event)) return this.applyEvent(event, receivedAt);
    this.pruneArmed = false;
    const pruned = this.breakouts.pruneStale();
    const bodies = this.applyEvent(event, receivedAt);
    return pruned ? [this.breakoutRoomsEvent(), ...bodies] : bodies;
  }

  private applyEvent(event: InfinityEvent, receivedAt: number): BridgeEventBody[] {
    switch (event.kind) {
      case 'participant_sync_begin':
        this.syncBuffer = new Map();
        this.syncStartedAt = receivedAt;
        if (this.resyncing) this.breakouts.markStale();
        return [];
      case 'participant_sync_end': {
        if (!this.syncBuffer) return [];
        this.roster = new Map([...this.syncBuffer].map(([uuid, entry]) => [uuid, entry.participant]));
        this.participantExtras = new Map([...this.syncBuffer].map(([uuid, entry]) => [uuid, entry.details]));
        this.syncBuffer = null;
        // The node replays the open breakout rooms right after a resync: rooms it leaves out are gone.
        this.pruneArmed = this.resyncing;
        this.resyncing = false;
        return [{ type: 'roster', participants: [...this.roster.values()], syncStartedAt: this.syncStartedAt }];
      }
      case 'participant_create':
      case 'participant_update': {
        const { participant, details } = event;
        if (this.syncBuffer) {
          this.syncBuffer.set(participant.uuid, { participant, details });
          return [];
        }
        const known = this.roster.has(participant.uuid);
        this.roster.set(participant.uuid, participant);
        this.participantExtras.set(participant.uuid, details);
        return [{ type: known ? 'participant_updated' : 'participant_created', participant }];
      }
      case 'participant_delete':
        if (this.syncBuffer) {
          this.syncBuffer.delete(event.uuid);
          return [];
        }
        this.roster.delete(event.uuid);
        this.participantExtras.delete(event.uuid);
        return [{ type: 'participant_deleted', uuid: event.uuid }];
      case 'conference_update': {
        this.conferenceFromEvents = true;
        const conference = this.setConference(event.conference, event.details);
        const location = this.locationChange();
        return location ? [conference, location] : [conference];
      }
      case 'message_received': {
        const message = toChatMessage(event.message, receivedAt);
        this.recordChat(message);
        return [{ type: 'chat', message }];
      }
      case 'stage':
        this.stage = event.stage;
        return [{ type: 'stage', stage: event.stage }];
      case 'layout':
        this.layout = toLayout(event.layout, this.info.role);
        this.layoutDetails = event.layout;
        return [{ type: 'layout', layout: this.layout }];
      case 'presentation_start':
        this.presentation = event.presentation;
        return [{ type: 'presentation_started', presentation: event.presentation }];
      case 'presentation_stop':
        this.presentation = null;
        this.presentationFrameId = null;
        return [{ type: 'presentation_stopped' }];
      case 'presentation_frame':
        this.presentationFrameId = event.frameId;
        return [{ type: 'presentation_frame', frameId: event.frameId }];
      case 'live_captions':
        return [{ type: 'caption', caption: event.caption }];
      case 'call_disconnected':
        return [{ type: 'call_disconnected', callUuid: event.callUuid, reason: event.reason }];
      case 'disconnect':
        return [];
      case 'relayed': {
        const moved = this.applyRelayed(event.event);
        const relay: BridgeEventBody = { type: 'infinity', name: event.event.name, data: event.event.data };
        const bodies: BridgeEventBody[] = changesSignals(event.event) ? [relay, { type: 'conference_signals_changed' }] : [relay];
        if (changesBreakoutRooms(event.event)) bodies.push(this.breakoutRoomsEvent());
        if (moved) bodies.push(...moved);
        return bodies;
      }
      case 'breakout_event':
      {
        this.breakouts.apply(event.breakoutUuid, event.inner);
        const bodies: BridgeEventBody[] = [
          { type: 'infinity', name: event.relayed.name, data: event.relayed.data },
          { type: 'conference_signals_changed' },
          this.breakoutRoomsEvent(),
        ];
        const location = this.locationChange();
        if (location) bodies.push(location);
        return bodies;
      }
      case 'other':
        return [{ type: 'infinity', name: event.name }];
    }
  }

  /** Applies a relayed event; for breakout_refer, answers the events that tell the renderer its media moved. */
  private applyRelayed(event: RelayedEvent): BridgeEventBody[] | null {
    switch (event.name) {
      case 'splash_screen':
        this.splashScreen = event.data?.screen_key ?? null;
        return null;
      case 'breakout_begin':
        this.breakouts.begin(event.data.breakout_uuid, event.data.participant_uuid);
        return null;
      case 'breakout_end': {
        this.breakouts.end(event.data.breakout_uuid);
        if (this.mediaRoom !== event.data.breakout_uuid) return null;
        // Our media was in the room that closed and no breakout_refer brought it back: it is in the main room again.
        this.mediaRoom = 'main';
        const location = this.locationChange();
        const moved: BridgeEventBody = { type: 'moved', info: this.info, room: null };
        return location ? [moved, location] : [moved];
      }
      case 'breakout_refer': {
        const target = event.data.breakout_uuid;
        // Followed even into a room not (yet) begun: the call is then made as oneself until its control participant is known.
        this.mediaRoom = target;
        const room = target === 'main' ? null : { breakoutUuid: target, name: this.roomName(target, event.data.breakout_name) };
        const location = this.locationChange();
        const bodies: BridgeEventBody[] = [{ type: 'moved', info: this.info, room }, this.breakoutRoomsEvent()];
        if (location) bodies.push(location);
        return bodies;
      }
      case 'refer':
        this.lastRefer = event.data;
        return null;
      default:
        return null;
    }
  }

  private roomName(breakoutUuid: string, offered: string | undefined): string {
    const view = this.breakouts.views(this.mediaRoom).find((room) => room.breakoutUuid === breakoutUuid);
    // Empty when the node names it nowhere: the renderer says "Breakout room" in the person's language.
    return view?.name || offered || '';
  }

  /** The host's open rooms with their rosters, for the renderer. */
  breakoutRoomsEvent(): BridgeEventBody {
    return { type: 'breakout_rooms', rooms: this.breakouts.views(this.mediaRoom) };
  }

  /**
   * Where this participant is: in a breakout room its own conference says so (a guest moved by
   * refer); a host whose media went to a room (breakout_refer) is there as its control participant.
   */
  location(): BreakoutLocation | null {
    const details = this.conferenceDetails;
    if (this.mediaRoom !== 'main') {
      const view = this.breakouts.views(this.mediaRoom).find((room) => room.breakoutUuid === this.mediaRoom);
      if (!view) return null;
      const { breakoutUuid, name, endsAt, endAction, helpRequested } = view;
      // A host may always go back.
      return { breakoutUuid, name, endsAt, endAction, guestsAllowedToLeave: true, helpRequested };
    }
    if (!details?.breakout) return null;
    const endTime = details.end_time;
    return {
      breakoutUuid: details.breakout_uuid ?? '',
      name: details.breakout_name ?? '',
      endsAt: typeof endTime === 'number' && Number.isFinite(endTime) && endTime > 0 ? endTime * 1000 : null,
      endAction: toEndAction(details.end_action),
      guestsAllowedToLeave: details.breakout_guests_allowed_to_leave ?? false,
      helpRequested: details.breakoutbuzz?.value ?? false,
    };
  }

  private locationChange(): BridgeEventBody | null {
    const location = this.location();
    const serialized = JSON.stringify(location);
    if (serialized === this.announcedLocation) return null;
    this.announcedLocation = serialized;
    return { type: 'breakout_location', location };
  }

  /** Who the media call is made as, and in which room: oneself in the main room, or one's control participant in a breakout room. */
  mediaTarget(): { participantUuid: string; breakoutUuid?: string } {
    if (this.mediaRoom === 'main') return { participantUuid: this.info.participantUuid };
    const control = this.breakouts.controlParticipant(this.mediaRoom);
    return control ? { participantUuid: control, breakoutUuid: this.mediaRoom } : { participantUuid: this.info.participantUuid };
  }

  /** A conference_status answer fetched after join; ignored once events have given a newer one. */
  applyFetchedConference(wire: WireConference, details?: WireConferenceDetails): BridgeEventBody | null {
    if (this.conferenceFromEvents) return null;
    return this.setConference(wire, details);
  }

  /** Records a connection change; returns the event to emit, or null when nothing changed. */
  setConnection(state: ConnectionState, reason?: string): BridgeEventBody | null {
    if (state === this.connection) return null;
    this.connection = state;
    if (state === 'reconnecting') {
      this.syncBuffer = null;
      this.resyncing = true;
    }
    return reason === undefined ? { type: 'connection', state } : { type: 'connection', state, reason };
  }

  /** Keeps a message for the history a reloaded renderer resumes from (received or sent). */
  recordChat(message: ChatMessage): void {
    this.chatHistory.push(message);
    if (this.chatHistory.length > chatHistoryLimit) this.chatHistory.splice(0, this.chatHistory.length - chatHistoryLimit);
  }

  /** A message this participant sent: the node does not echo it, but a reloaded renderer should see it. */
  recordSentChat(message: { type: string; payload: string; direct: boolean }, sentAt: number): void {
    this.recordChat({
      origin: this.info.displayName,
      senderUuid: this.info.participantUuid,
      type: message.type,
      payload: message.payload,
      direct: message.direct,
      receivedAt: sentAt,
    });
  }

  /**
   * What the conference signals (indicators, splash screen, breakouts) are read from, without
   * copying the roster: the renderer asks on every conference and layout event.
   */
  signalSources(): {
    conferenceDetails: WireConferenceDetails | null;
    layoutDetails: LayoutDetails | null;
    splashScreen: string | null;
    openBreakouts: number;
  } {
    return structuredClone({
      conferenceDetails: this.conferenceDetails,
      layoutDetails: this.layoutDetails,
      splashScreen: this.splashScreen,
      openBreakouts: this.breakouts.count,
    });
  }

  /** SSE id of the latest presentation frame, for fetching it. */
  get latestPresentationFrameId(): string | null {
    return this.presentationFrameId;
  }

  snapshot(): MeetingSnapshot {
    return structuredClone({
      info: this.info,
      participants: [...this.roster.values()],
      conference: this.conference,
      stage: this.stage,
      layout: this.layout,
      presentation: this.presentation,
      chatHistory: this.chatHistory,
      connection: this.connection,
    });
  }

  /** A read-only copy of everything the core keeps. */
  fullSnapshot(): CoreMeetingSnapshot {
    return structuredClone({
      ...this.snapshot(),
      session: this.session,
      participantDetails: Object.fromEntries(this.participantExtras),
      conferenceDetails: this.conferenceDetails,
      layoutDetails: this.layoutDetails,
      breakouts: this.breakouts.snapshot(),
      splashScreen: this.splashScreen,
      presentationFrameId: this.presentationFrameId,
      mediaRoom: this.mediaRoom,
      lastRefer: this.lastRefer,
    });
  }

  private setConference(wire: WireConference, details?: WireConferenceDetails): BridgeEventBody {
    this.conference = toConferenceStatus(wire, this.conference);
    if (details) this.conferenceDetails = { ...this.conferenceDetails, ...details };
    return { type: 'conference', status: this.conference };
  }
}

/** What a node sends right after a resync to replay the open breakout rooms (and the main room's status). */
function isBreakoutReplay(event: InfinityEvent): boolean {
  if (event.kind === 'breakout_event' || event.kind === 'conference_update') return true;
  return event.kind === 'relayed' && event.event.name === 'breakout_begin';
}

/** Events that open or close a breakout room. */
function changesBreakoutRooms(event: RelayedEvent): boolean {
  return event.name === 'breakout_begin' || event.name === 'breakout_end';
}

/** Events the conference signals (splash screen, open breakout rooms) are read from. */
function changesSignals(event: RelayedEvent): boolean {
  return event.name === 'splash_screen' || event.name === 'breakout_begin' || event.name === 'breakout_end';
}
