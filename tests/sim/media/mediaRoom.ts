// A simulated conference's media: every call's RTP goes to the others like a 1:0 voice-switched
// Infinity layout (each receiver gets the main speaker other than themselves), presentation goes
// from the floor holder to every call receiving slides, and voice activity becomes `stage`.
import { randomUUID } from 'node:crypto';
import type { RtpPacket } from 'werift';
import { MediaCall, type StreamKind, type VideoKind } from './mediaCall';
import { RouteTable } from './routeTable';
import type { CallOptions, MediaPolicy, MediaRoom, SimCall, StageSample } from './types';
import { VoiceSwitch } from './voiceSwitch';

/** Voice switching is evaluated at this pace, which also caps stage events at 4 per second. */
const evaluateEveryMs = 250;

export class VoiceSwitchedRoom implements MediaRoom {
  readonly roomId: string;
  private readonly calls = new Map<string, MediaCall>();
  private readonly voices = new VoiceSwitch();
  private readonly mainRoutes: RouteTable;
  private readonly slidesRoutes: RouteTable;
  private readonly stageListeners = new Set<(stage: StageSample[]) => void>();
  private readonly keyframesNeeded = new Map<string, Set<VideoKind>>();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    roomId: string,
    private readonly policy: MediaPolicy = { receivesPresentation: () => true },
  ) {
    this.roomId = roomId;
    this.mainRoutes = new RouteTable((receiver, source) => this.switchMain(receiver, source));
    this.slidesRoutes = new RouteTable((receiver, source) => this.switchSlides(receiver, source));
  }

  async addCall(participantUuid: string, offerSdp: string, options: CallOptions): Promise<SimCall> {
    if (this.closed) throw new Error(`media room ${this.roomId} is closed`);
    const callUuid = randomUUID();
    const { call, answerSdp } = await MediaCall.answer({ callUuid, participantUuid, loopback: options.loopback, loopbackWhenAlone: options.loopbackWhenAlone ?? false }, offerSdp, {
      rtp: (kind, packet) => this.forward(callUuid, kind, packet),
      audioLevel: ({ vad, level }) => this.voices.hear(callUuid, vad, level, Date.now()),
      keyframeRequest: (kind) => this.relayKeyframeRequest(callUuid, kind),
      stateChanged: () => this.reroute(),
    });
    if (this.closed) {
      await call.close();
      throw new Error(`media room ${this.roomId} is closed`);
    }
    this.calls.set(callUuid, call);
    this.voices.join(callUuid);
    this.startEvaluating();
    this.reroute();
    return {
      callUuid,
      participantUuid,
      answerSdp,
      update: (sdp) => call.update(sdp),
      addRemoteCandidate: (candidate) => call.addRemoteCandidate(candidate),
      ack: () => call.ack(),
      close: () => this.removeCall(callUuid),
    };
  }

  presentationPolicyChanged(): void {
    this.reroute();
  }

  cutMediaPath(participantUuid: string): number {
    return [...this.calls.values()].filter((call) => call.participantUuid === participantUuid && call.cutMediaPath()).length;
  }

  loseMedia(participantUuid: string, loss: number): number {
    return [...this.calls.values()].filter((call) => call.participantUuid === participantUuid && call.loseMedia(loss)).length;
  }

  iceRestartsOf(participantUuid: string): number {
    return [...this.calls.values()]
      .filter((call) => call.participantUuid === participantUuid)
      .reduce((sum, call) => sum + call.iceRestarts, 0);
  }

  async removeParticipant(participantUuid: string): Promise<void> {
    const theirs = [...this.calls.values()].filter((call) => call.participantUuid === participantUuid);
    await Promise.all(theirs.map((call) => this.removeCall(call.callUuid)));
  }

  onStage(listener: (stage: StageSample[]) => void): () => void {
    this.stageListeners.add(listener);
    return () => this.stageListeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stageListeners.clear();
    await Promise.all([...this.calls.keys()].map((callUuid) => this.removeCall(callUuid)));
    this.stopEvaluating();
  }

  private async removeCall(callUuid: string): Promise<void> {
    const call = this.calls.get(callUuid);
    if (!call) return;
    this.calls.delete(callUuid);
    this.voices.leave(callUuid);
    this.reroute();
    if (this.calls.size === 0) this.stopEvaluating();
    await call.close();
  }

  /** Who each ready call should receive now; the route tables act on every change. */
  private reroute(): void {
    const order = this.voices.order();
    const presenter = [...this.calls.values()].filter((call) => call.presenting && call.connected).at(-1);
    const main = new Map<string, string | undefined>();
    const slides = new Map<string, string | undefined>();
    for (const receiver of this.calls.values()) {
      if (!receiver.ready) continue;
      // A source counts once connected, so its keyframe request on switching can reach it.
      const other = order.find((id) => {
        const candidate = this.calls.get(id);
        return candidate?.connected === true && candidate.participantUuid !== receiver.participantUuid;
      });
      const source = receiver.loopback || (other === undefined && receiver.loopbackWhenAlone) ? receiver.callUuid : other;
      main.set(receiver.callUuid, source);
      const allowed = this.policy.receivesPresentation(receiver.participantUuid);
      if (receiver.receivesSlides && allowed && presenter && presenter !== receiver) slides.set(receiver.callUuid, presenter.callUuid);
    }
    this.mainRoutes.apply(main);
    this.slidesRoutes.apply(slides);
    // A receiver cannot decode a new source until its next keyframe: ask each new source once.
    for (const [sourceUuid, kinds] of this.keyframesNeeded) {
      for (const kind of kinds) this.calls.get(sourceUuid)?.requestKeyframe(kind);
    }
    this.keyframesNeeded.clear();
  }

  private switchMain(receiverUuid: string, sourceUuid: string | undefined): void {
    const receiver = this.calls.get(receiverUuid);
    receiver?.restartStream('audio');
    receiver?.restartStream('video');
    if (receiver && sourceUuid !== undefined) this.needKeyframe(sourceUuid, 'video');
  }

  private switchSlides(receiverUuid: string, sourceUuid: string | undefined): void {
    const receiver = this.calls.get(receiverUuid);
    receiver?.restartStream('slides');
    if (receiver && sourceUuid !== undefined) this.needKeyframe(sourceUuid, 'slides');
  }

  private needKeyframe(sourceUuid: string, kind: VideoKind): void {
    const kinds = this.keyframesNeeded.get(sourceUuid) ?? new Set<VideoKind>();
    kinds.add(kind);
    this.keyframesNeeded.set(sourceUuid, kinds);
  }

  private forward(sourceUuid: string, kind: StreamKind, packet: RtpPacket): void {
    const routes = kind === 'slides' ? this.slidesRoutes : this.mainRoutes;
    const receivers = routes.receiversOf(sourceUuid);
    if (receivers.length === 0) return;
    // The source's header-extension ids mean nothing on another connection; each sender adds its own.
    const outbound = packet.clone();
    outbound.header.extensions = [];
    outbound.header.extension = false;
    for (const receiverUuid of receivers) this.calls.get(receiverUuid)?.send(kind, outbound);
  }

  private relayKeyframeRequest(receiverUuid: string, kind: VideoKind): void {
    const routes = kind === 'slides' ? this.slidesRoutes : this.mainRoutes;
    const sourceUuid = routes.sourceOf(receiverUuid);
    if (sourceUuid !== undefined) this.calls.get(sourceUuid)?.requestKeyframe(kind);
  }

  private startEvaluating(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.evaluateVoices(), evaluateEveryMs);
    this.timer.unref();
  }

  private stopEvaluating(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private evaluateVoices(): void {
    const now = Date.now();
    if (!this.voices.evaluate(now)) return;
    this.reroute();
    const stage = this.stage(now);
    for (const listener of this.stageListeners) listener(stage);
  }

  private stage(now: number): StageSample[] {
    const seen = new Set<string>();
    const samples: StageSample[] = [];
    for (const state of this.voices.states(now)) {
      const participantUuid = this.calls.get(state.id)?.participantUuid;
      if (participantUuid === undefined || seen.has(participantUuid)) continue;
      seen.add(participantUuid);
      samples.push({ participantUuid, vad: state.vad ? 100 : 0, level: state.level });
    }
    return samples;
  }
}
