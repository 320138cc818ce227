// The meeting as the core knows it (roster, conference, stage, layout, presentation, chat,
// connection). Applies translated Infinity events and says which bridge events to emit;
// `snapshot()` lets a reloaded renderer resume.
import type { BridgeEventBody } from '../../shared/bridge';
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
import { toChatMessage, toConferenceStatus, toLayout } from '../events/conferenceMapping';

/** Oldest messages are dropped beyond this, so a day-long meeting cannot grow without bound. */
export const chatHistoryLimit = 1000;

export class MeetingState {
  private roster = new Map<string, Participant>();
  /** Participants collected between participant_sync_begin and _end; null outside a sync. */
  private syncBuffer: Map<string, Participant> | null = null;
  private conference: ConferenceStatus | null = null;
  private stage: StageEntry[] = [];
  private layout: LayoutInfo | null = null;
  private presentation: PresentationInfo | null = null;
  private chatHistory: ChatMessage[] = [];
  private connection: ConnectionState = 'connected';
  /** Whether the node has sent a conference_update (newer than any conference_status we fetch). */
  private conferenceFromEvents = false;

  constructor(readonly info: JoinedInfo) {}

  /** Applies one event; returns the bridge events (without receivedAt) to emit for it. */
  apply(event: InfinityEvent, receivedAt: number): BridgeEventBody[] {
    switch (event.kind) {
      case 'participant_sync_begin':
        this.syncBuffer = new Map();
        return [];
      case 'participant_sync_end': {
        if (!this.syncBuffer) return [];
        this.roster = this.syncBuffer;
        this.syncBuffer = null;
        return [{ type: 'roster', participants: [...this.roster.values()] }];
      }
      case 'participant_create':
      case 'participant_update': {
        const { participant } = event;
        if (this.syncBuffer) {
          this.syncBuffer.set(participant.uuid, participant);
          return [];
        }
        const known = this.roster.has(participant.uuid);
        this.roster.set(participant.uuid, participant);
        return [{ type: known ? 'participant_updated' : 'participant_created', participant }];
      }
      case 'participant_delete':
        if (this.syncBuffer) {
          this.syncBuffer.delete(event.uuid);
          return [];
        }
        this.roster.delete(event.uuid);
        return [{ type: 'participant_deleted', uuid: event.uuid }];
      case 'conference_update':
        this.conferenceFromEvents = true;
        return [this.setConference(event.conference)];
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
        return [{ type: 'layout', layout: this.layout }];
      case 'presentation_start':
        this.presentation = event.presentation;
        return [{ type: 'presentation_started', presentation: event.presentation }];
      case 'presentation_stop':
        this.presentation = null;
        return [{ type: 'presentation_stopped' }];
      case 'call_disconnected':
        return [{ type: 'call_disconnected', callUuid: event.callUuid, reason: event.reason }];
      case 'disconnect':
        return [];
      case 'other':
        return [{ type: 'infinity', name: event.name, data: event.data }];
    }
  }

  /** A conference_status answer fetched after join; ignored once events have given a newer one. */
  applyFetchedConference(wire: WireConference): BridgeEventBody | null {
    if (this.conferenceFromEvents) return null;
    return this.setConference(wire);
  }

  /** Records a connection change; returns the event to emit, or null when nothing changed. */
  setConnection(state: ConnectionState, reason?: string): BridgeEventBody | null {
    if (state === this.connection) return null;
    this.connection = state;
    if (state === 'reconnecting') this.syncBuffer = null;
    return reason === undefined ? { type: 'connection', state } : { type: 'connection', state, reason };
  }

  /** Our own sent messages: the node does not echo them, but a reloaded renderer should see them. */
  recordChat(message: ChatMessage): void {
    this.chatHistory.push(message);
    if (this.chatHistory.length > chatHistoryLimit) this.chatHistory.splice(0, this.chatHistory.length - chatHistoryLimit);
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

  private setConference(wire: WireConference): BridgeEventBody {
    this.conference = toConferenceStatus(wire, this.conference);
    return { type: 'conference', status: this.conference };
  }
}
