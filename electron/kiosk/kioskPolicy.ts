// The room policy: join at start, and after any loss (disconnect, lapsed token, node restart or
// maintenance, lost event stream, failed media) say why, retry with backoff forever, and restore
// the room's microphone, camera, layout and captions. A brief event-stream drop is not a loss: the
// core rides it out and the meeting continues. Plain Node on the MeetingService's public API.
import type { JoinRequest, SessionEndCode } from '../shared/bridge';
import type { KioskRoomChange, KioskRoomState, KioskState, KioskStatus } from '../shared/kioskCommands';
import type { JoinedInfo } from '../shared/meeting';
import type { KioskRoomPolicy, Logger } from '../service';
import type { KioskConfig } from './config/kioskConfigSchema';
import { isDailyRestartDue } from './dailyRestart';
import type { KioskHealth } from './healthDocument';
import type { KioskMeetingPort } from './meetingPort';
import { kioskRetry, kioskRetryDelayMs } from './retryPolicy';

export interface KioskPolicyOptions {
  port: KioskMeetingPort;
  logger: Logger;
  /** null: not configured yet (first run) or invalid; the room shows the setup screen. */
  config: KioskConfig | null;
  configProblems?: string[];
  /** The admin PIN an unusable configuration names (config null): it still guards setup and exit. */
  fallbackAdminPin?: string;
  now?: () => number;
  /** Restarts the application (Electron) or the room (browser host) when the daily restart is due. */
  restart?: () => void;
  /** How long a meeting must last to count as stable (default 30 s; the benchmark shortens it). */
  stableAfterMs?: number;
}

type StatusListener = (status: KioskStatus) => void;

const dailyRestartCheckMs = 60_000;
const mediaFailurePrefix = 'The meeting media failed';

function roomFromConfig(config: KioskConfig | null): KioskRoomState {
  return {
    micMuted: false,
    cameraOff: false,
    volume: config?.volume ?? 100,
    captions: config?.captions ?? false,
    layout: config?.layout ?? null,
  };
}

function joinRequestFor(config: KioskConfig): JoinRequest {
  const request: JoinRequest = { node: config.node, alias: config.alias, displayName: config.displayName };
  if (config.pin) request.pin = config.pin;
  return request;
}

export class KioskPolicy implements KioskRoomPolicy {
  private config: KioskConfig | null;
  private configProblems: string[];
  private state: KioskState;
  private reason: string | null = null;
  private since: number;
  private reconnectCount = 0;
  private failures = 0;
  private lastError: { message: string; at: number } | null = null;
  private meeting: JoinedInfo | null = null;
  private room: KioskRoomState;
  private joinedAt = 0;
  private startedAt: number;
  /** Bumped whenever a pending attempt must be abandoned (leave, reconfigure, stop). */
  private generation = 0;
  /** Set while the policy itself leaves, so its own session_ended is not taken for a loss. */
  private ownLeaves = 0;
  private stopped = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private stableTimer: ReturnType<typeof setTimeout> | null = null;
  private restartTimer: ReturnType<typeof setInterval> | null = null;
  private unsubscribe: (() => void) | null = null;
  private readonly listeners = new Set<StatusListener>();
  private readonly now: () => number;
  private readonly stableAfterMs: number;

  constructor(private readonly options: KioskPolicyOptions) {
    this.now = options.now ?? Date.now;
    this.stableAfterMs = options.stableAfterMs ?? kioskRetry.stableAfterMs;
    this.config = options.config;
    this.configProblems = options.configProblems ?? [];
    this.room = roomFromConfig(options.config);
    this.since = this.now();
    this.startedAt = this.since;
    this.state = options.config ? 'idle' : 'setup';
  }

  start(): void {
    this.unsubscribe ??= this.options.port.onEvent((event) => {
      if (event.type === 'session_ended') this.onSessionEnded(event.code, event.reason);
    });
    this.restartTimer ??= setInterval(() => this.checkDailyRestart(), dailyRestartCheckMs);
    this.begin();
  }

  status(): KioskStatus {
    return {
      state: this.state,
      reason: this.reason,
      since: this.since,
      reconnectCount: this.reconnectCount,
      meeting: this.meeting,
      room: { ...this.room },
      devices: {
        camera: this.config?.camera ?? null,
        microphone: this.config?.microphone ?? null,
        speaker: this.config?.speaker ?? null,
      },
      alias: this.config?.alias ?? '',
      displayName: this.config?.displayName ?? '',
      adminPinSet: this.adminPin !== undefined,
      configProblems: [...this.configProblems],
    };
  }

  health(): KioskHealth {
    return {
      state: this.state,
      meeting: this.meeting ? { alias: this.meeting.alias, name: this.meeting.conferenceName } : null,
      since: new Date(this.since).toISOString(),
      lastError: this.lastError ? { message: this.lastError.message, at: new Date(this.lastError.at).toISOString() } : null,
      reconnectCount: this.reconnectCount,
    };
  }

  get adminPin(): string | undefined {
    return this.config ? this.config.adminPin : this.options.fallbackAdminPin;
  }

  onStatus(listener: StatusListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The room's Join / Rejoin: try now, with the backoff reset. */
  join(): void {
    if (!this.config || this.stopped || this.state === 'in_meeting' || this.state === 'joining') return;
    this.clearRetry();
    this.failures = 0;
    void this.attempt();
  }

  /** The room's Leave: out of the meeting, idle until Join. */
  async leave(): Promise<void> {
    this.generation += 1;
    this.clearRetry();
    this.clearStable();
    this.meeting = null;
    this.setState(this.config ? 'idle' : 'setup', null);
    await this.leaveOwn('Room left the meeting');
  }

  /** The room display's media failed (ICE failed, call disconnected): rejoin. */
  async mediaFailed(detail: string): Promise<void> {
    if (this.state !== 'in_meeting') return;
    const reason = detail.trim() ? detail.trim() : mediaFailurePrefix;
    this.options.logger.warn('kiosk media failed', { reason });
    this.meeting = null;
    // Shown at once; the leave (release_token) finishes before the rejoin starts.
    this.setState('reconnecting', reason);
    const generation = ++this.generation;
    await this.leaveOwn(reason);
    if (generation === this.generation) this.lost(reason, 'media_failed');
  }

  /** Microphone, camera, volume or captions changed on the room display. */
  setRoom(change: KioskRoomChange): void {
    const captionsBefore = this.room.captions;
    this.room = { ...this.room, ...change };
    if (this.room.captions !== captionsBefore && this.state === 'in_meeting') {
      void this.options.port.showCaptions(this.room.captions).then((ok) => {
        if (!ok) this.options.logger.warn('kiosk captions request refused', { on: this.room.captions });
      });
    }
    this.publish();
  }

  /** A new room display (first load, reload, or after a crash): the old one's call is gone. */
  rendererAttached(): void {
    if (this.state === 'in_meeting') void this.options.port.hangUpCall();
  }

  /** New configuration (setup screen): leave, then start over with it. */
  async reconfigure(config: KioskConfig): Promise<void> {
    this.generation += 1;
    this.clearRetry();
    this.clearStable();
    const wasIn = this.meeting !== null;
    this.meeting = null;
    this.config = config;
    this.configProblems = [];
    this.room = roomFromConfig(config);
    this.failures = 0;
    if (wasIn) await this.leaveOwn('Room reconfigured');
    this.begin();
  }

  async stop(reason: string): Promise<void> {
    this.stopped = true;
    this.generation += 1;
    this.clearRetry();
    this.clearStable();
    if (this.restartTimer) clearInterval(this.restartTimer);
    this.restartTimer = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
    await this.leaveOwn(reason);
  }

  private begin(): void {
    if (!this.config) {
      this.setState('setup', null);
      return;
    }
    if (this.config.autoJoin) void this.attempt();
    else this.setState('idle', null);
  }

  private async attempt(): Promise<void> {
    this.retryTimer = null;
    const config = this.config;
    if (!config || this.stopped) return;
    const generation = this.generation;
    // While recovering the screen keeps saying "Reconnecting" with the last reason.
    if (this.state !== 'reconnecting') this.setState('joining', null);
    const result = await this.options.port.join(joinRequestFor(config));
    if (generation !== this.generation || this.stopped) {
      // Left or reconfigured while joining: give the seat back.
      if (result.ok) await this.leaveOwn('Room left the meeting');
      return;
    }
    if (result.ok) {
      this.joined(result.value);
      return;
    }
    const current = result.error.code === 'already_joined' ? this.options.port.current() : null;
    if (current) {
      this.joined(current.info);
      return;
    }
    this.failures += 1;
    const delay = kioskRetryDelayMs(this.failures);
    this.recordError(result.error.message);
    this.options.logger.info('kiosk join failed; retrying', { code: result.error.code, retryInMs: delay });
    this.setState('reconnecting', result.error.message);
    this.schedule(delay);
  }

  private joined(info: JoinedInfo): void {
    this.meeting = info;
    this.joinedAt = this.now();
    this.clearStable();
    this.stableTimer = setTimeout(() => {
      this.stableTimer = null;
      this.failures = 0;
    }, this.stableAfterMs);
    if (this.config?.role && info.role !== this.config.role) {
      this.options.logger.warn('kiosk joined with another role than configured', { expected: this.config.role, granted: info.role });
    }
    this.options.logger.info('kiosk joined', { alias: info.alias, reconnectCount: this.reconnectCount });
    this.setState('in_meeting', null);
    this.options.port.emit({ type: 'kiosk_joined', info, room: { ...this.room } });
    void this.restoreNodeState();
  }

  private async restoreNodeState(): Promise<void> {
    const { layout, captions } = this.room;
    if (layout && !(await this.options.port.requestLayout(layout))) {
      this.options.logger.warn('kiosk layout request refused', { layout });
    }
    if (captions && !(await this.options.port.showCaptions(true))) {
      this.options.logger.warn('kiosk captions request refused', { on: true });
    }
  }

  private onSessionEnded(code: SessionEndCode, reason: string): void {
    if (this.ownLeaves > 0 || this.state !== 'in_meeting') return;
    this.meeting = null;
    if (code === 'left') {
      // Left through the plain bridge command: respect it.
      this.clearStable();
      this.setState('idle', null);
      return;
    }
    this.lost(reason, code);
  }

  /** After a loss: the configured meeting-end action, else reconnect with backoff. */
  private lost(reason: string, code: SessionEndCode | 'media_failed'): void {
    this.reconnectCount += 1;
    this.recordError(reason);
    const stable = this.now() - this.joinedAt >= this.stableAfterMs;
    this.clearStable();
    const end = this.config?.onMeetingEnd ?? { action: 'rejoin', afterSeconds: 0 };
    this.options.logger.info('kiosk lost the meeting', { code, reconnectCount: this.reconnectCount });
    if (code === 'disconnected' && end.action === 'idle') {
      this.setState('idle', reason);
      return;
    }
    // A meeting that keeps failing right after joining must not rejoin in a tight loop.
    if (!stable) this.failures += 1;
    const afterMs = code === 'disconnected' && end.action === 'rejoin' ? end.afterSeconds * 1000 : 0;
    this.setState('reconnecting', reason);
    this.schedule(Math.max(afterMs, kioskRetryDelayMs(this.failures)));
  }

  private async leaveOwn(reason: string): Promise<void> {
    this.ownLeaves += 1;
    try {
      await this.options.port.leave(reason);
    } finally {
      this.ownLeaves -= 1;
    }
  }

  private schedule(delayMs: number): void {
    this.clearRetry();
    this.retryTimer = setTimeout(() => void this.attempt(), delayMs);
  }

  private clearRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private clearStable(): void {
    if (this.stableTimer) clearTimeout(this.stableTimer);
    this.stableTimer = null;
  }

  private recordError(message: string): void {
    this.lastError = { message, at: this.now() };
  }

  private checkDailyRestart(): void {
    const clock = this.config?.dailyRestart;
    if (!clock || !this.options.restart) return;
    const live = (this.options.port.current()?.participantCount ?? 0) > 1;
    if (!isDailyRestartDue(new Date(this.now()), clock, new Date(this.startedAt), live)) return;
    this.startedAt = this.now();
    this.options.logger.info('kiosk daily restart', { at: clock });
    this.options.restart();
  }

  private setState(state: KioskState, reason: string | null): void {
    if (state !== this.state) this.since = this.now();
    this.state = state;
    this.reason = reason;
    this.publish();
  }

  private publish(): void {
    const status = this.status();
    this.options.port.emit({ type: 'kiosk_status', status });
    for (const listener of this.listeners) listener(status);
  }
}
