// The room policy: join at start, and after any loss (disconnect, lapsed token, node restart or
// maintenance, lost event stream, failed media) say why, retry with backoff forever, and restore
// the room's microphone, camera, layout and captions. A brief event-stream drop is not a loss: the
// core rides it out and the meeting continues. Plain Node on the MeetingService's public API.
import type { JoinRequest, SessionEndCode, SessionEndWording } from '../shared/bridge';
import type { KioskMediaStats, KioskReasonWording, KioskRoomChange, KioskRoomState, KioskState, KioskStatus } from '../shared/kioskCommands';
import type { JoinedInfo } from '../shared/meeting';
import type { KioskRoomPolicy, Logger } from '../service';
import type { KioskConfig } from './config/kioskConfigSchema';
import type { KioskConfigProblem } from '../shared/kioskConfigProblems';
import type { CalendarEvent } from './calendar/calendarEvent';
import type { CalendarFeedState } from './calendar/calendarFeed';
import { dueMeeting, nextScheduleChange } from './calendar/calendarSchedule';
import { calendarHealth, calendarView } from './calendar/calendarView';
import { isDailyRestartDue } from './dailyRestart';
import type { KioskHealth, KioskMetricsSample } from './healthDocument';
import { maintenanceWindowOpenedAt } from './maintenanceWindow';
import type { KioskMeetingPort } from './meetingPort';
import { kioskRetry, kioskRetryDelayMs } from './retryPolicy';

export interface KioskPolicyOptions {
  port: KioskMeetingPort;
  logger: Logger;
  /** null: not configured yet (first run) or invalid; the room shows the setup screen. */
  config: KioskConfig | null;
  /** Why the configuration cannot be used (main's English and codes); shown on the setup screen. */
  configProblems?: KioskConfigProblem[];
  /** The admin PIN an unusable configuration names (config null): it still guards setup and exit. */
  fallbackAdminPin?: string;
  now?: () => number;
  /** Restarts the application (Electron) or the room (browser host) when the daily restart is due. */
  restart?: () => void;
  /** How long a meeting must last to count as stable (default 30 s; the benchmark shortens it). */
  stableAfterMs?: number;
  /** Installs pending updates; called once per maintenance window while the room is idle. */
  installUpdates?: () => Promise<void>;
}

/** What the room is joining or in: the default meeting, or one calendar occurrence. */
interface JoinTarget {
  request: JoinRequest;
  /** The calendar occurrence's key; null for the default meeting. */
  eventKey: string | null;
}

type StatusListener = (status: KioskStatus) => void;

const dailyRestartCheckMs = 60_000;
/** The calendar is looked at again at least this often (and at every join time, start and end). */
const calendarCheckMs = 30_000;
/** How often "left alone" is checked in a calendar meeting that leaves when the others have gone. */
const aloneCheckMs = 5_000;
const mediaFailurePrefix = 'The meeting media failed';
const roomJoinFailed = 'The room could not join the meeting.';

function roomFromConfig(config: KioskConfig | null): KioskRoomState {
  return {
    micMuted: false,
    cameraOff: false,
    volume: config?.volume ?? 100,
    captions: config?.captions ?? false,
    layout: config?.layout ?? null,
  };
}

/** The default meeting, or null when the room only follows its calendar. */
function defaultTarget(config: KioskConfig): JoinTarget | null {
  if (!config.alias) return null;
  const request: JoinRequest = { node: config.node, alias: config.alias, displayName: config.displayName };
  if (config.pin) request.pin = config.pin;
  return { request, eventKey: null };
}

function calendarTarget(config: KioskConfig, event: CalendarEvent): JoinTarget | null {
  if (!event.meeting) return null;
  const request: JoinRequest = { node: event.meeting.node ?? config.node, alias: event.meeting.alias, displayName: config.displayName };
  if (event.meeting.pin) request.pin = event.meeting.pin;
  return { request, eventKey: event.key };
}

/** Keys that change which meeting the room is in, or as whom: a change to them rejoins. */
const meetingKeys = ['node', 'alias', 'displayName', 'pin', 'role'] as const;

export class KioskPolicy implements KioskRoomPolicy {
  private config: KioskConfig | null;
  private configProblems: KioskConfigProblem[];
  private state: KioskState;
  private reason: string | null = null;
  private reasonWording: KioskReasonWording | null = null;
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
  private target: JoinTarget | null = null;
  private calendar: CalendarFeedState | null = null;
  /** Calendar occurrences the room is finished with (left by hand, or left alone): not rejoined. */
  private readonly doneEvents = new Set<string>();
  /** Left by hand: no default meeting between calendar meetings until the next one starts. */
  private heldIdle = false;
  /** Whether anyone else was in the current calendar meeting (for leaveWhenAlone). */
  private sawOthers = false;
  private calendarTimer: ReturnType<typeof setTimeout> | null = null;
  /** Problems with a changed configuration file that was not applied (the running one is kept). */
  private watchProblems: { problems: string[]; at: number } | null = null;
  private inMeetingMs = 0;
  private media: { stats: KioskMediaStats; at: number } | null = null;
  private maintenanceDoneFor = 0;
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
      if (event.type === 'session_ended') this.onSessionEnded(event.code, event.reason, event.wording);
    });
    this.restartTimer ??= setInterval(() => this.guarded('daily restart check', () => this.checkDailyRestart()), dailyRestartCheckMs);
    this.begin();
  }

  /** A new copy of the calendar (or a failed refresh that keeps the last good one). */
  setCalendar(feed: CalendarFeedState | null): void {
    this.calendar = feed;
    this.evaluateCalendar();
    this.publish();
  }

  /** The room display's latest media figures. */
  mediaStats(stats: KioskMediaStats): void {
    this.media = { stats, at: this.now() };
  }

  status(): KioskStatus {
    return {
      state: this.state,
      reason: this.reason,
      reasonWording: this.reasonWording,
      since: this.since,
      reconnectCount: this.reconnectCount,
      meeting: this.meeting,
      room: { ...this.room },
      devices: {
        camera: this.config?.camera ?? null,
        microphone: this.config?.microphone ?? null,
        speaker: this.config?.speaker ?? null,
      },
      media: {
        bandwidth: this.config?.bandwidth ?? null,
        rnnoise: this.config?.rnnoise ?? null,
        backgroundEffect: this.config?.backgroundEffect ?? null,
      },
      // The meeting the room is joining or in (a calendar meeting's), else the default one.
      alias: this.target?.request.alias ?? this.config?.alias ?? '',
      displayName: this.config?.displayName ?? '',
      adminPinSet: this.adminPin !== undefined,
      configProblems: this.configProblems.map((problem) => problem.message),
      configProblemWordings: [...this.configProblems],
      calendar: this.config?.calendar && this.calendar ? calendarView(this.calendar, this.now(), this.config.hideTitles) : null,
      language: this.config?.language ?? null,
    };
  }

  health(): KioskHealth {
    return {
      state: this.state,
      meeting: this.meeting ? { alias: this.meeting.alias, name: this.meeting.conferenceName } : null,
      since: new Date(this.since).toISOString(),
      lastError: this.lastError ? { message: this.lastError.message, at: new Date(this.lastError.at).toISOString() } : null,
      reconnectCount: this.reconnectCount,
      calendar: this.config?.calendar && this.calendar ? calendarHealth(this.calendar, this.now(), this.config.hideTitles) : null,
      configProblems: this.watchProblems
        ? { problems: [...this.watchProblems.problems], at: new Date(this.watchProblems.at).toISOString() }
        : null,
      maintenanceWindowOpen: this.maintenanceOpen(),
    };
  }

  /** Counters and gauges for /metrics (the same state as health()). */
  metrics(): KioskMetricsSample {
    const now = this.now();
    // Media figures older than 30 s belong to a call that is gone.
    const media = this.media && now - this.media.at <= 30_000 && this.state === 'in_meeting' ? this.media.stats : null;
    return {
      state: this.state,
      reconnects: this.reconnectCount,
      inMeetingSeconds: (this.inMeetingMs + (this.state === 'in_meeting' ? now - this.joinedAt : 0)) / 1000,
      lastErrorAgeSeconds: this.lastError ? (now - this.lastError.at) / 1000 : null,
      media,
      calendarLastRefreshAgeSeconds: this.calendar?.lastRefresh != null ? (now - this.calendar.lastRefresh) / 1000 : null,
      calendarProblem: this.calendar?.problem != null,
    };
  }

  /**
   * The admin PIN's secret: digits written in clear (newer, about to be re-saved as a hash), else
   * the salted hash; undefined when none is configured (then nothing leaves kiosk mode here).
   */
  get adminPin(): string | undefined {
    return this.config ? (this.config.adminPin ?? this.config.adminPinHash) : this.options.fallbackAdminPin;
  }

  onStatus(listener: StatusListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The room's Join / Rejoin: try now, with the backoff reset. */
  join(): void {
    if (!this.config || this.stopped || this.state === 'in_meeting' || this.state === 'joining') return;
    // The current calendar meeting first (even one left earlier: a person pressed Join), else the default.
    const event = this.calendar ? dueMeeting(this.calendar.events, this.now(), this.rules(), null, new Set()) : null;
    const target = (event && calendarTarget(this.config, event)) ?? this.target ?? defaultTarget(this.config);
    if (!target) return;
    if (target.eventKey) this.doneEvents.delete(target.eventKey);
    this.heldIdle = false;
    this.target = target;
    this.sawOthers = false;
    this.clearRetry();
    this.failures = 0;
    void this.attempt();
  }

  /** The room's Leave: out of the meeting, idle until Join. */
  async leave(): Promise<void> {
    this.finishCalendarEvent();
    this.heldIdle = true;
    this.target = null;
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
    // The display reports its own call problem in English (for the log and health document) and says it
    // in the room's language itself, told by the 'display' wording; only the fallback is ours.
    const reason = detail.trim() ? detail.trim() : mediaFailurePrefix;
    const wording: KioskReasonWording = detail.trim() ? { kind: 'display' } : { kind: 'room', wording: 'mediaFailed' };
    this.options.logger.warn('kiosk media failed', { reason });
    this.meeting = null;
    // Shown at once; the leave (release_token) finishes before the rejoin starts.
    this.setState('reconnecting', reason, wording);
    const generation = ++this.generation;
    await this.leaveOwn(reason);
    if (generation === this.generation) this.lost(reason, 'media_failed', wording);
  }

  /** Microphone, camera, volume or captions changed on the room display. */
  setRoom(change: KioskRoomChange): void {
    const captionsBefore = this.room.captions;
    this.room = { ...this.room, ...change };
    if (this.room.captions !== captionsBefore && this.state === 'in_meeting') {
      void this.options.port
        .showCaptions(this.room.captions)
        .then((ok) => {
          if (!ok) this.options.logger.warn('kiosk captions request refused', { on: this.room.captions });
        })
        .catch((error: unknown) => this.logFailure('captions request', error));
    }
    this.publish();
  }

  /** A new room display (first load, reload, or after a crash): the old one's call is gone. */
  rendererAttached(): void {
    if (this.state === 'in_meeting') void this.options.port.hangUpCall().catch((error: unknown) => this.logFailure('hang up', error));
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
    this.watchProblems = null;
    this.room = roomFromConfig(config);
    this.failures = 0;
    this.target = null;
    if (wasIn) await this.leaveOwn('Room reconfigured');
    this.begin();
  }

  /**
   * A changed configuration file (watched): applied without a restart. The room rejoins only when
   * the meeting it is in changed (node, alias, name, PIN or role of the default meeting).
   */
  async applyConfig(config: KioskConfig): Promise<void> {
    const before = this.config;
    if (!before) {
      await this.reconfigure(config);
      return;
    }
    const meetingChanged = meetingKeys.some((key) => before[key] !== config[key]);
    const inDefault = this.target !== null && this.target.eventKey === null && this.state !== 'idle';
    if (meetingChanged && inDefault) {
      this.options.logger.info('kiosk configuration changed the meeting: rejoining');
      await this.reconfigure(config);
      return;
    }
    this.config = config;
    this.configProblems = [];
    this.watchProblems = null;
    // Room settings the file changed apply now; the rest of the room state (a muted microphone) stays.
    const room = roomFromConfig(config);
    const previous = roomFromConfig(before);
    if (room.volume !== previous.volume) this.room.volume = room.volume;
    if (room.layout !== previous.layout) this.room.layout = room.layout;
    if (room.captions !== previous.captions) this.setRoom({ captions: room.captions });
    // The default meeting changed while idle: the next join uses the new one.
    if (this.target?.eventKey === null && this.state === 'idle') this.target = null;
    this.options.logger.info('kiosk configuration change applied', { rejoined: false });
    if (this.state === 'idle' && before.autoJoin !== config.autoJoin && config.autoJoin === true) this.begin();
    this.evaluateCalendar();
    this.publish();
  }

  /** A changed configuration file that cannot be used: said in the health document, the running one kept. */
  reportConfigProblems(problems: string[]): void {
    this.watchProblems = { problems: [...problems], at: this.now() };
  }

  async stop(reason: string): Promise<void> {
    this.stopped = true;
    this.generation += 1;
    this.clearRetry();
    this.clearStable();
    if (this.restartTimer) clearInterval(this.restartTimer);
    this.restartTimer = null;
    this.clearCalendarTimer();
    this.unsubscribe?.();
    this.unsubscribe = null;
    await this.leaveOwn(reason);
  }

  private begin(): void {
    if (!this.config) {
      this.setState('setup', null);
      return;
    }
    this.target = null;
    if (this.config.autoJoin === 'calendar') {
      this.setState('idle', null);
      this.evaluateCalendar();
      return;
    }
    const target = this.config.autoJoin ? defaultTarget(this.config) : null;
    if (target) {
      this.target = target;
      void this.attempt();
    } else this.setState('idle', null);
    this.evaluateCalendar();
  }

  private rules() {
    return { joinBeforeMinutes: this.config?.joinBeforeMinutes ?? 2 };
  }

  /**
   * The calendar's rules, at every change of the feed and every join time, start and end: join a
   * due meeting ("autoJoin": "calendar"), leave one that ended (or where the room was left alone),
   * and between meetings stay in the default meeting or idle. Never stops a meeting over a feed problem:
   * a failed refresh keeps the last good events, so nothing here changes.
   */
  private evaluateCalendar(): void {
    this.clearCalendarTimer();
    const config = this.config;
    if (!config || this.stopped) return;
    // The calendar was taken out of the configuration while the room was in one of its meetings.
    if (!config.calendar) {
      if (this.target?.eventKey) void this.endCalendarMeeting();
      return;
    }
    const events = this.calendar?.events ?? [];
    const now = this.now();
    const activeKey = this.target?.eventKey ?? null;
    if (activeKey && this.state === 'in_meeting' && config.leaveWhenAlone) {
      const others = (this.currentMeeting()?.participantCount ?? 1) - 1;
      if (others > 0) this.sawOthers = true;
      else if (this.sawOthers) {
        this.options.logger.info('kiosk left alone in the calendar meeting: leaving');
        this.doneEvents.add(activeKey);
      }
    }
    const auto = config.autoJoin === 'calendar';
    const due = dueMeeting(events, now, this.rules(), activeKey, this.doneEvents);
    const dueTarget = due ? calendarTarget(config, due) : null;
    if (dueTarget && due && (auto || due.key === activeKey)) {
      if (due.key !== activeKey) void this.switchTo(dueTarget, 'The calendar meeting is starting');
    } else if (activeKey) {
      void this.endCalendarMeeting();
    } else if (auto && config.betweenMeetings === 'default' && !this.heldIdle && this.state === 'idle' && !this.target) {
      const fallback = defaultTarget(config);
      if (fallback) void this.switchTo(fallback, null);
    }
    const change = nextScheduleChange(events, now, this.rules());
    let delay = change === null ? calendarCheckMs : Math.min(calendarCheckMs, Math.max(0, change - now));
    if (activeKey && config.leaveWhenAlone) delay = Math.min(delay, aloneCheckMs);
    this.calendarTimer = setTimeout(() => {
      this.calendarTimer = null;
      this.guarded('calendar check', () => {
        this.evaluateCalendar();
        this.publish();
      });
    }, delay);
  }

  /** Into another meeting: out of the current one first (its own leave, not a loss). */
  private async switchTo(target: JoinTarget, reason: string | null): Promise<void> {
    this.generation += 1;
    this.clearRetry();
    this.clearStable();
    const wasIn = this.meeting !== null || this.state === 'joining' || this.state === 'reconnecting';
    this.meeting = null;
    this.target = target;
    this.sawOthers = false;
    this.failures = 0;
    if (target.eventKey) this.heldIdle = false;
    if (wasIn) {
      this.setState('joining', null);
      await this.leaveOwn(reason ?? 'Room changed meetings');
    }
    void this.attempt();
  }

  /** The calendar meeting ended (or the room was left alone in it): out, then default meeting or idle. */
  private async endCalendarMeeting(): Promise<void> {
    const config = this.config;
    this.finishCalendarEvent();
    this.generation += 1;
    this.clearRetry();
    this.clearStable();
    this.meeting = null;
    this.target = null;
    this.setState('idle', null);
    await this.leaveOwn('The calendar meeting ended');
    const fallback = config && config.autoJoin === 'calendar' && config.betweenMeetings === 'default' && !this.heldIdle ? defaultTarget(config) : null;
    if (fallback && !this.stopped) await this.switchTo(fallback, null);
  }

  /** Marks the calendar occurrence the room is in as finished, so it is not rejoined by itself. */
  private finishCalendarEvent(): void {
    const key = this.target?.eventKey;
    if (key) this.doneEvents.add(key);
    // Keep the set small: only occurrences still on the calendar matter.
    const current = new Set((this.calendar?.events ?? []).map((event) => event.key));
    for (const done of this.doneEvents) if (!current.has(done) && done !== key) this.doneEvents.delete(done);
  }

  private clearCalendarTimer(): void {
    if (this.calendarTimer) clearTimeout(this.calendarTimer);
    this.calendarTimer = null;
  }

  private maintenanceOpen(): boolean | null {
    const window = this.config?.maintenance;
    return window ? maintenanceWindowOpenedAt(new Date(this.now()), window) !== null : null;
  }

  /**
   * One join attempt; whatever throws in it (state a hostile node broke, a failing port) is logged
   * and counts as a failed attempt, so the room keeps retrying and the process never goes down.
   */
  private async attempt(): Promise<void> {
    try {
      await this.attemptOnce();
    } catch (error) {
      this.logFailure('join attempt', error);
      if (this.stopped) return;
      this.failures += 1;
      this.recordError(roomJoinFailed);
      this.setState('reconnecting', roomJoinFailed, { kind: 'room', wording: 'joinFailed' });
      this.schedule(kioskRetryDelayMs(this.failures));
    }
  }

  private async attemptOnce(): Promise<void> {
    this.retryTimer = null;
    const config = this.config;
    const target = this.target ?? (config ? defaultTarget(config) : null);
    if (!config || !target || this.stopped) return;
    this.target = target;
    const generation = this.generation;
    // While recovering the screen keeps saying "Reconnecting" with the last reason.
    if (this.state !== 'reconnecting') this.setState('joining', null);
    const result = await this.options.port.join(target.request);
    if (generation !== this.generation || this.stopped) {
      // Left or reconfigured while joining: give the seat back.
      if (result.ok) await this.leaveOwn('Room left the meeting');
      return;
    }
    if (result.ok) {
      this.joined(result.value);
      return;
    }
    if (result.error.code === 'already_joined') {
      const current = this.currentMeeting();
      if (current) {
        this.joined(current.info);
        return;
      }
      // Joined, but the meeting's state cannot be read: leave it, so the next attempt starts clean.
      await this.leaveOwn('Room state could not be read').catch((error: unknown) => this.logFailure('leave', error));
    }
    this.failures += 1;
    const delay = kioskRetryDelayMs(this.failures);
    this.recordError(result.error.message);
    this.options.logger.info('kiosk join failed; retrying', { code: result.error.code, retryInMs: delay });
    this.setState('reconnecting', result.error.message, result.error.wording ? { kind: 'join', wording: result.error.wording, ...(result.error.values ? { values: result.error.values } : {}) } : null);
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
    void this.restoreNodeState().catch((error: unknown) => this.logFailure('restoring layout and captions', error));
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

  private onSessionEnded(code: SessionEndCode, reason: string, ended?: SessionEndWording): void {
    if (this.ownLeaves > 0 || this.state !== 'in_meeting') return;
    this.meeting = null;
    if (code === 'left') {
      // Left through the plain bridge command: respect it.
      this.finishCalendarEvent();
      this.heldIdle = true;
      this.target = null;
      this.clearStable();
      this.setState('idle', null);
      return;
    }
    this.lost(reason, code, ended ? { kind: 'session', wording: ended } : null);
  }

  /** After a loss: the configured meeting-end action, else reconnect with backoff. */
  private lost(reason: string, code: SessionEndCode | 'media_failed', wording: KioskReasonWording | null): void {
    this.reconnectCount += 1;
    this.recordError(reason);
    const stable = this.now() - this.joinedAt >= this.stableAfterMs;
    this.clearStable();
    const end = this.config?.onMeetingEnd ?? { action: 'rejoin', afterSeconds: 0 };
    this.options.logger.info('kiosk lost the meeting', { code, reconnectCount: this.reconnectCount });
    if (code === 'disconnected' && end.action === 'idle') {
      this.setState('idle', reason, wording);
      return;
    }
    // A meeting that keeps failing right after joining must not rejoin in a tight loop.
    if (!stable) this.failures += 1;
    const afterMs = code === 'disconnected' && end.action === 'rejoin' ? end.afterSeconds * 1000 : 0;
    this.setState('reconnecting', reason, wording);
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

  /** The meeting in progress; null (and logged) when its state cannot be read (a node sent something that broke it). */
  private currentMeeting(): ReturnType<KioskMeetingPort['current']> {
    try {
      return this.options.port.current();
    } catch (error) {
      this.logFailure('reading the meeting state', error);
      return null;
    }
  }

  /** Runs a timer's work; a throw is logged, never left to take the process down. */
  private guarded(what: string, work: () => void): void {
    try {
      work();
    } catch (error) {
      this.logFailure(what, error);
    }
  }

  private logFailure(what: string, error: unknown): void {
    this.options.logger.error(`kiosk ${what} failed; carrying on`, {
      error: error instanceof Error ? `${error.name}: ${error.message.slice(0, 300)}` : typeof error,
    });
  }

  private recordError(message: string): void {
    this.lastError = { message, at: this.now() };
  }

  /**
   * The daily restart, and with a maintenance window the updates: only inside the window (when one
   * is set) and only while the room is idle: no one else in the meeting, no calendar meeting on.
   */
  private checkDailyRestart(): void {
    const config = this.config;
    if (!config) return;
    const now = new Date(this.now());
    const live = (this.currentMeeting()?.participantCount ?? 0) > 1 || (this.target?.eventKey ?? null) !== null;
    const window = config.maintenance;
    const openedAt = window ? maintenanceWindowOpenedAt(now, window) : null;
    if (window && (!openedAt || live)) return;
    if (openedAt && this.options.installUpdates && this.maintenanceDoneFor !== openedAt.getTime()) {
      this.maintenanceDoneFor = openedAt.getTime();
      this.options.logger.info('kiosk maintenance window: installing updates');
      void this.options.installUpdates().catch((error: unknown) => {
        this.recordError(`Updates were not installed: ${error instanceof Error ? error.message : String(error)}`);
      });
    }
    const clock = config.dailyRestart;
    if (!clock || !this.options.restart) return;
    if (!isDailyRestartDue(now, clock, new Date(this.startedAt), live)) return;
    this.startedAt = this.now();
    this.options.logger.info('kiosk daily restart', { at: clock });
    this.options.restart();
  }

  private setState(state: KioskState, reason: string | null, wording: KioskReasonWording | null = null): void {
    if (state !== this.state) {
      if (this.state === 'in_meeting') this.inMeetingMs += this.now() - this.joinedAt;
      this.since = this.now();
    }
    this.state = state;
    this.reason = reason;
    this.reasonWording = reason === null ? null : wording;
    this.publish();
  }

  private publish(): void {
    const status = this.status();
    this.options.port.emit({ type: 'kiosk_status', status });
    for (const listener of this.listeners) listener(status);
  }
}
