// One room of the node (a VMR, auditorium, test call service, or a breakout room of one): its
// participants, their event streams, its conference state and layout, and its media room (created
// on the first call, closed when the last call ends). Voice activity from media becomes `stage`
// events, and a change of who is on stage a `layout` event.
import type { CreateMediaRoom, MediaRoom, StageSample } from '../media/types';
import type { TokenAlphabet } from '../auth/tokens';
import type { EventStream } from '../events/eventStream';
import type { SimTimings } from '../simTimings';
import { CaptionFeed, type CaptionStep } from './captionScript';
import { ConferenceState } from './conferenceState';
import { LayoutState, layoutEventFor, stageOrder } from './layoutState';
import { createParticipant, participantToWire, type Participant } from './participant';
import { emptyObjectData, presentationStartData } from './eventShapes';
import { PresentationFrames } from './presentationFrames';
import type { RoomConfig } from './roomConfig';

/** Hosts in the main room watch a breakout room's layout as a host with media would see it. */
const OBSERVER: Participant = {
  ...createParticipant({ uuid: '', displayName: '', role: 'HOST', callTag: '', vendor: '', serviceType: 'conference' }),
  callDirection: 'out',
};

export interface RoomServices {
  loadMediaEngine: () => Promise<CreateMediaRoom>;
  timings: SimTimings;
}

/** What makes a room a breakout room of another. */
export interface BreakoutInfo {
  uuid: string;
  parent: Room;
  name: string;
  description: string;
  endAction: 'transfer' | 'disconnect';
  /** Unix seconds, or undefined when open indefinitely. */
  endTime: number | undefined;
  guestsAllowedToLeave: boolean;
}

/** A listener for everything the room broadcasts (breakout rooms forward it to the main room's hosts). */
export type BroadcastListener = (event: string, data: unknown) => void;

export class Room {
  readonly participants = new Map<string, Participant>();
  readonly state: ConferenceState;
  readonly layout: LayoutState;
  /** Breakout rooms of this (main) room, by breakout uuid. */
  readonly breakouts = new Map<string, Room>();
  /** In a breakout room: each main-room host's control participant, by the host's uuid. */
  readonly controls = new Map<string, Participant>();
  readonly presentation: PresentationFrames;
  private readonly captions: CaptionFeed;
  private readonly streams = new Set<EventStream>();
  private readonly broadcastListeners = new Set<BroadcastListener>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private media: Promise<MediaRoom> | undefined;
  private stopStage: (() => void) | undefined;
  private voiceOrder: StageSample[] = [];
  private lastStageKey = '';

  constructor(
    readonly config: RoomConfig,
    private readonly services: RoomServices,
    readonly breakout?: BreakoutInfo,
  ) {
    this.state = new ConferenceState(config);
    this.layout = new LayoutState(config.hostLayout ?? '1:0', config.guestLayout ?? '1:0', this.isAuditorium);
    this.presentation = new PresentationFrames(services.timings.presentationFrameMs, (frame) =>
      this.sendPresentationFrame(frame.id),
    );
    this.captions = new CaptionFeed(services.timings.captionStepMs, (step) => this.sendCaption(step));
  }

  /** The key the node files this room under (breakout rooms: "<main alias>#<breakout uuid>"). */
  get alias(): string {
    return this.config.alias;
  }

  /** The alias participants see and use in URLs. */
  get publicAlias(): string {
    return this.breakout ? this.breakout.parent.publicAlias : this.config.alias;
  }

  get timings(): SimTimings {
    return this.services.timings;
  }

  get locked(): boolean {
    return this.state.locked;
  }

  set locked(value: boolean) {
    this.state.locked = value;
  }

  /** Older Infinity shapes (RoomConfig.quirks); a breakout room follows its main room. */
  get quirks(): boolean {
    return (this.breakout?.parent ?? this).config.quirks ?? false;
  }

  /** How this room's tokens are spelled (a breakout room follows its main room). */
  get tokenAlphabet(): TokenAlphabet {
    const main = (this.breakout?.parent ?? this).config;
    return main.quirks || main.standardBase64Tokens ? 'standard' : 'urlSafe';
  }

  get chatEnabled(): boolean {
    return this.config.chatEnabled ?? true;
  }

  get isAuditorium(): boolean {
    return this.config.serviceType === 'lecture';
  }

  /** The service type a participant has once inside (a reception only forwards, so it never hosts anyone). */
  get participantServiceType(): 'conference' | 'lecture' | 'test_call' {
    const type = this.config.serviceType;
    return type === 'reception' ? 'conference' : type;
  }

  /** Guests wait while the room is locked or not yet started; hosts never wait. */
  guestMustWait(): boolean {
    return this.state.locked || !this.state.started;
  }

  /** Lets a participant in from the waiting room. */
  admit(participant: Participant): void {
    if (participant.serviceType !== 'waiting_room') return;
    participant.serviceType = this.participantServiceType;
    this.announceUpdate(participant);
  }

  /** Admits every waiting guest that no longer has a reason to wait. */
  admitWaiting(): void {
    if (this.guestMustWait()) return;
    for (const participant of this.participants.values()) this.admit(participant);
  }

  /** Starts a room that waits for a host; guests waiting only for that are let in. */
  start(): void {
    if (this.state.started) return;
    this.state.started = true;
    this.publishConferenceUpdate();
    this.admitWaiting();
  }

  get presenter(): Participant | undefined {
    return [...this.participants.values()].find((p) => p.isPresenting);
  }

  get hosts(): Participant[] {
    return [...this.participants.values()].filter((p) => p.role === 'HOST' && !p.isControl);
  }

  wire(participant: Participant): Record<string, unknown> {
    return participantToWire(participant, this.publicAlias);
  }

  addStream(stream: EventStream): void {
    this.streams.add(stream);
    stream.onClose(() => this.streams.delete(stream));
  }

  streamsOf(participantUuid?: string): EventStream[] {
    return [...this.streams].filter((s) => participantUuid === undefined || s.participantUuid === participantUuid);
  }

  onBroadcast(listener: BroadcastListener): () => void {
    this.broadcastListeners.add(listener);
    return () => this.broadcastListeners.delete(listener);
  }

  /** Sends a JSON event to every stream of the room, optionally skipping one participant. */
  broadcast(event: string, data: unknown, except?: string): void {
    for (const stream of this.streams) if (stream.participantUuid !== except) stream.send(event, data);
    for (const listener of this.broadcastListeners) listener(event, data);
  }

  broadcastRaw(event: string, data: string): number {
    for (const stream of this.streams) stream.sendRaw(event, data);
    return this.streams.size;
  }

  sendTo(participantUuid: string, event: string, data: unknown): void {
    for (const stream of this.streamsOf(participantUuid)) stream.send(event, data);
  }

  /**
   * presentation_start to everyone who receives presentation except the presenter (Infinity never
   * tells the floor holder about its own presentation), and to broadcast listeners (a breakout
   * room's hosts in the main room get it as breakout_event).
   */
  announcePresentationStart(presenter: Participant): void {
    const data = presentationStartData(presenter);
    for (const participant of this.participants.values()) {
      if (participant !== presenter && participant.rxPresentation === 'ALLOW') this.sendTo(participant.uuid, 'presentation_start', data);
    }
    for (const listener of this.broadcastListeners) listener('presentation_start', data);
  }

  /** presentation_stop to everyone but the one who stopped (and to broadcast listeners). */
  announcePresentationStop(except?: string): void {
    this.broadcast('presentation_stop', emptyObjectData(this), except);
  }

  /** Tells everyone a participant's properties changed. */
  announceUpdate(participant: Participant): void {
    this.broadcast('participant_update', this.wire(participant));
  }

  publishConferenceUpdate(): void {
    this.broadcast('conference_update', this.conferenceStatus());
  }

  /** conference_status and conference_update. */
  conferenceStatus(): Record<string, unknown> {
    const { state } = this;
    const breakout = this.breakout;
    return {
      locked: state.locked,
      guests_muted: state.guestsMuted,
      all_muted: false,
      started: state.started,
      presentation_allowed: true,
      guests_can_present: state.guestsCanPresent,
      guests_can_unmute: state.guestsCanUnmute,
      guests_can_see_guests: state.guestsCanSeeGuests,
      live_captions_available: (this.config.liveCaptions ?? 'enabled') === 'enabled',
      direct_media: this.config.directMedia ?? false,
      classification: { levels: state.classificationLevels, current: state.classificationCurrent },
      message_text: state.messageText?.text ?? null,
      pinning_config: state.pinningConfig,
      breakout_rooms: (this.breakout?.parent ?? this).config.breakoutsEnabled ?? true,
      // Not in the documented list: the indicators transform_layout switches, for clients to show.
      indicators: { ...this.layout.indicators },
      ...(breakout
        ? {
            breakout: true,
            breakout_uuid: breakout.uuid,
            breakout_name: breakout.name,
            breakout_description: breakout.description,
            end_action: breakout.endAction,
            ...(breakout.endTime === undefined ? {} : { end_time: breakout.endTime }),
            breakout_guests_allowed_to_leave: breakout.guestsAllowedToLeave,
            breakoutbuzz: state.breakoutBuzz ?? { value: false, time: 0 },
          }
        : {}),
    };
  }

  /** Sends each participant the layout they see. */
  publishLayout(): void {
    for (const stream of this.streams) {
      const recipient = this.participants.get(stream.participantUuid);
      if (recipient) stream.send('layout', this.layoutFor(recipient));
    }
    for (const listener of this.broadcastListeners) listener('layout', this.layoutFor(undefined));
  }

  /** The layout a participant sees (undefined: as a host with media, for breakout observers). */
  layoutFor(recipient: Participant | undefined): Record<string, unknown> {
    return layoutEventFor(recipient ?? OBSERVER, {
      state: this.layout,
      guestsCanSeeGuests: this.state.guestsCanSeeGuests,
      isAuditorium: this.isAuditorium,
      participants: this.inConference(),
      stageOrder: this.voiceOrder.map((s) => s.participantUuid),
    });
  }

  /** `stage`: who is on stage in order, with voice activity. */
  publishStage(): void {
    const stage = this.currentStage();
    const key = JSON.stringify(stage);
    if (key === this.lastStageKey) return;
    this.lastStageKey = key;
    this.broadcast('stage', stage);
  }

  currentStage(): { participant_uuid: string; stage_index: number; vad: number }[] {
    const voice = new Map(this.voiceOrder.map((s) => [s.participantUuid, s.vad]));
    return stageOrder(this.inConference(), [...voice.keys()]).map((p, index) => ({
      participant_uuid: p.uuid,
      stage_index: index,
      vad: voice.get(p.uuid) ?? 0,
    }));
  }

  /** Whoever speaks now: the main speaker on stage, else the first host, else anyone. */
  currentSpeaker(): Participant | undefined {
    const main = this.currentStage()[0]?.participant_uuid;
    const inside = this.inConference();
    return (
      (main === undefined ? undefined : this.participants.get(main)) ??
      inside.find((p) => p.role === 'HOST' && !p.isControl) ??
      inside[0]
    );
  }

  /** Participants inside the conference (not connecting, not waiting), in join order. */
  inConference(): Participant[] {
    return [...this.participants.values()].filter(
      (p) => p.serviceType !== 'waiting_room' && p.serviceType !== 'connecting',
    );
  }

  /** Starts or stops presentation frames and captions to match who presents and who watches captions. */
  refreshFeeds(): void {
    if (this.presenter && !this.presentation.running) this.presentation.start();
    if (!this.presenter) this.presentation.stop();
    const watching = [...this.participants.values()].some((p) => p.showLiveCaptions);
    if (watching) this.captions.start();
    else this.captions.stop();
  }

  /** A one-off timer that close() cancels. */
  schedule(ms: number, action: () => void): () => void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      action();
    }, ms);
    timer.unref();
    this.timers.add(timer);
    return () => {
      clearTimeout(timer);
      this.timers.delete(timer);
    };
  }

  mediaRoom(): Promise<MediaRoom> {
    if (this.media) return this.media;
    const media = this.services.loadMediaEngine().then((create) => {
      // A participant a host denied the presentation is sent no slides, as Infinity does.
      const room = create(this.alias, { receivesPresentation: (uuid) => this.participants.get(uuid)?.rxPresentation !== 'DENY' });
      this.stopStage = room.onStage((stage) => this.onStage(stage));
      return room;
    });
    this.media = media;
    // A failed engine load should not poison later attempts.
    media.catch(() => {
      if (this.media === media) this.media = undefined;
    });
    return media;
  }

  /** A participant's rx_presentation_policy changed: the media room redoes who receives slides. */
  presentationPolicyChanged(): void {
    void this.media?.then((media) => media.presentationPolicyChanged()).catch(() => undefined);
  }

  /** Closes the media room once nobody has a call left in it. */
  async releaseMediaIfIdle(): Promise<void> {
    const hasCalls = [...this.participants.values()].some((p) => p.calls.size > 0);
    if (hasCalls || !this.media) return;
    const media = this.media;
    this.media = undefined;
    this.stopStage?.();
    this.stopStage = undefined;
    this.voiceOrder = [];
    await (await media).close();
  }

  async close(): Promise<void> {
    for (const stream of this.streams) stream.end();
    this.streams.clear();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.presentation.stop();
    this.captions.stop();
    this.stopStage?.();
    const media = this.media;
    this.media = undefined;
    if (media) await (await media.catch(() => undefined))?.close();
  }

  private onStage(stage: StageSample[]): void {
    const previousMain = this.voiceOrder[0]?.participantUuid;
    this.voiceOrder = stage;
    this.publishStage();
    const main = stage[0]?.participantUuid;
    if (main !== undefined && main !== previousMain) this.publishLayout();
  }

  private sendPresentationFrame(id: string): void {
    const presenter = this.presenter;
    for (const stream of this.streams) {
      const recipient = this.participants.get(stream.participantUuid);
      if (!recipient || recipient === presenter || recipient.rxPresentation === 'DENY') continue;
      stream.send('presentation_frame', emptyObjectData(this), id);
    }
  }

  private sendCaption(step: CaptionStep): void {
    const speaker = this.currentSpeaker();
    const payload = {
      data: step.data,
      is_final: step.is_final,
      src_lang: 'en-US',
      tgt_lang: 'en-US',
      sources: speaker ? [{ participant_uuid: speaker.uuid }] : [],
    };
    for (const participant of this.participants.values()) {
      if (participant.showLiveCaptions) this.sendTo(participant.uuid, 'live_captions', payload);
    }
  }
}
