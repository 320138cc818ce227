// One room of the node: its participants, their event streams, and its media room (created on the
// first call, closed when the last participant leaves). Voice activity from media becomes `stage`
// events, and a change of main speaker a `layout` event.
import type { CreateMediaRoom, MediaRoom, StageSample } from '../media/types';
import type { EventStream } from '../events/eventStream';
import type { Participant } from './participant';
import { participantToWire } from './participant';
import type { RoomConfig } from './roomConfig';

export class Room {
  readonly participants = new Map<string, Participant>();
  locked: boolean;
  private readonly streams = new Set<EventStream>();
  private media: Promise<MediaRoom> | undefined;
  private stopStage: (() => void) | undefined;
  private mainSpeakerUuid: string | undefined;

  constructor(
    readonly config: RoomConfig,
    private readonly loadMediaEngine: () => Promise<CreateMediaRoom>,
  ) {
    this.locked = config.locked ?? false;
  }

  get alias(): string {
    return this.config.alias;
  }

  get chatEnabled(): boolean {
    return this.config.chatEnabled ?? true;
  }

  /** The service type a participant has once inside (a reception only forwards, so it never hosts anyone). */
  get participantServiceType(): 'conference' | 'lecture' | 'test_call' {
    const type = this.config.serviceType;
    return type === 'reception' ? 'conference' : type;
  }

  /** Lets a participant in from the waiting room. */
  admit(participant: Participant): void {
    if (participant.serviceType !== 'waiting_room') return;
    participant.serviceType = this.participantServiceType;
    this.announceUpdate(participant);
  }

  get presenter(): Participant | undefined {
    return [...this.participants.values()].find((p) => p.isPresenting);
  }

  wire(participant: Participant): Record<string, unknown> {
    return participantToWire(participant, this.alias);
  }

  addStream(stream: EventStream): void {
    this.streams.add(stream);
    stream.onClose(() => this.streams.delete(stream));
  }

  streamsOf(participantUuid?: string): EventStream[] {
    return [...this.streams].filter((s) => participantUuid === undefined || s.participantUuid === participantUuid);
  }

  /** Sends a JSON event to every stream of the room, optionally skipping one participant. */
  broadcast(event: string, data: unknown, except?: string): void {
    for (const stream of this.streams) if (stream.participantUuid !== except) stream.send(event, data);
  }

  broadcastRaw(event: string, data: string): number {
    for (const stream of this.streams) stream.sendRaw(event, data);
    return this.streams.size;
  }

  sendTo(participantUuid: string, event: string, data: unknown): void {
    for (const stream of this.streamsOf(participantUuid)) stream.send(event, data);
  }

  /** Tells everyone a participant's properties changed. */
  announceUpdate(participant: Participant): void {
    this.broadcast('participant_update', this.wire(participant));
  }

  mediaRoom(): Promise<MediaRoom> {
    if (this.media) return this.media;
    const media = this.loadMediaEngine().then((create) => {
      const room = create(this.alias);
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

  /** Closes the media room once nobody has a call left in it. */
  async releaseMediaIfIdle(): Promise<void> {
    const hasCalls = [...this.participants.values()].some((p) => p.calls.size > 0);
    if (hasCalls || !this.media) return;
    const media = this.media;
    this.media = undefined;
    this.stopStage?.();
    this.stopStage = undefined;
    this.mainSpeakerUuid = undefined;
    await (await media).close();
  }

  async close(): Promise<void> {
    for (const stream of this.streams) stream.end();
    this.streams.clear();
    this.stopStage?.();
    const media = this.media;
    this.media = undefined;
    if (media) await (await media.catch(() => undefined))?.close();
  }

  private onStage(stage: StageSample[]): void {
    this.broadcast(
      'stage',
      stage.map((sample, index) => ({ participant_uuid: sample.participantUuid, stage_index: index, vad: sample.vad })),
    );
    const main = stage[0]?.participantUuid;
    if (main !== undefined && main !== this.mainSpeakerUuid) {
      this.mainSpeakerUuid = main;
      this.broadcast('layout', {
        view: '1:0',
        participants: [main],
        requested_layout: { primary_screen: { chair_layout: '1:0', guest_layout: '1:0' } },
        overlay_text_enabled: false,
      });
    }
  }
}
