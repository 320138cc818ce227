// Token refresh cycles with a short token lifetime while the node fails a share of refreshes
// (502, 503, no answer, connection reset). Many meetings refresh at once so the cycles fit the
// time budget; a meeting whose token lapsed is replaced by a new one until the count is reached.
//
// A lapse counts as one where recovery was possible when the core left part of the token's life
// unused: it stopped trying with at least `retryRoomMs` of the token left (time for one more
// loopback attempt), or it let a single unanswered attempt run from more than twice that until
// less than it was left. Any other lapse had every usable moment of the token's life spent on
// failed attempts: that meeting must end once, cleanly (one session_ended token_expired, the
// service no longer joined, nothing sent afterwards).
import { createMeetingService, defaultFetch, silentLogger, type MeetingService } from '../../electron/service';
import type { BridgeEvent } from '../../electron/shared/bridge';
import { startSimulator } from '../sim';
import type { SoakSettings } from './soakSettings';
import { recordingFetch, type RecordingFetch } from './recordingFetch';
import { figure, mustEqual, spread, type SoakFigures } from './soakResults';
import { simPost, simSnapshot } from './simControlClient';

export const retryRoomMs = 500;
const alias = 'meet.alice';

interface RefreshMeeting {
  name: string;
  service: MeetingService;
  recorder: RecordingFetch;
  events: BridgeEvent[];
  /** When request_token was sent: the first token's life starts no earlier. */
  joinStartedAt: number;
  endedAt: number | null;
}

interface LapseVerdict {
  recoverable: boolean;
  remainingMs: number;
  attempts: number;
  clean: boolean;
}

async function joinMeeting(simUrl: string, name: string): Promise<RefreshMeeting> {
  const recorder = recordingFetch(defaultFetch);
  const joinStartedAt = Date.now();
  const logger = process.env.SOAK_DEBUG
    ? { ...silentLogger, warn: (message: string, fields?: unknown) => process.stderr.write(`${name} @${Date.now() - joinStartedAt} ${message} ${JSON.stringify(fields)}\n`) }
    : silentLogger;
  const service = createMeetingService({ fetch: recorder.fetch, logger });
  const meeting: RefreshMeeting = { name, service, recorder, events: [], joinStartedAt, endedAt: null };
  service.onEvent((event) => {
    meeting.events.push(event);
    if (event.type === 'session_ended') meeting.endedAt ??= Date.now();
  });
  const joined = await service.handlers.join({ node: simUrl, alias, displayName: name });
  if (!joined.ok) throw new Error(`${name} could not join: ${joined.error.message}`);
  return meeting;
}

function judgeLapse(meeting: RefreshMeeting, tokenMs: number): LapseVerdict {
  const endedAt = meeting.endedAt ?? Date.now();
  const attempts = meeting.recorder.refreshes.filter((a) => a.startedAt <= endedAt);
  const lastSuccess = attempts.filter((a) => a.outcome === 200).at(-1);
  const validUntil = (lastSuccess?.startedAt ?? meeting.joinStartedAt) + tokenMs;
  const sinceSuccess = attempts.filter((a) => a.startedAt >= (lastSuccess?.endedAt ?? 0));
  const last = sinceSuccess.at(-1);
  const remainingMs = validUntil - endedAt;
  const heldTooLong = last !== undefined && validUntil - last.startedAt > 2 * retryRoomMs && validUntil - last.endedAt < retryRoomMs;
  const ended = meeting.events.filter((e) => e.type === 'session_ended');
  const clean =
    ended.length === 1 &&
    ended[0]?.type === 'session_ended' &&
    ended[0].code === 'token_expired' &&
    !meeting.service.joined &&
    meeting.recorder.sentAt.every((at) => at <= endedAt);
  return { recoverable: remainingMs >= retryRoomMs || heldTooLong, remainingMs, attempts: sinceSuccess.length, clean };
}

export async function soakTokenRefresh(settings: SoakSettings): Promise<SoakFigures> {
  const tokenMs = settings.refreshTokenSeconds * 1000;
  const sim = await startSimulator({ port: 0, tokenExpirySeconds: settings.refreshTokenSeconds, log: () => undefined });
  const meetings: RefreshMeeting[] = [];
  const lapsed: RefreshMeeting[] = [];
  let serial = 0;
  const successes = () => meetings.reduce((sum, m) => sum + m.recorder.refreshes.filter((a) => a.outcome === 200).length, 0);
  const cycles = () => successes() + lapsed.length;
  const started = Date.now();
  try {
    await simPost(sim.url, 'refresh_faults', { rate: settings.refreshFailureRate, kinds: ['502', '503', 'timeout', 'reset'], seed: settings.seed });
    const active = new Set<RefreshMeeting>();
    const open = async () => {
      serial += 1;
      const meeting = await joinMeeting(sim.url, `Soak Refresher ${serial}`);
      meetings.push(meeting);
      active.add(meeting);
    };
    for (let i = 0; i < settings.refreshSessions; i += 1) await open();
    // Bounded: each cycle takes a third of a token's life, so this is far beyond what the count needs.
    const deadline = started + ((settings.refreshCycles / settings.refreshSessions) * tokenMs) / 3 + 120_000;
    while (cycles() < settings.refreshCycles && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      for (const meeting of [...active]) {
        if (meeting.endedAt === null) continue;
        active.delete(meeting);
        lapsed.push(meeting);
        if (cycles() < settings.refreshCycles) await open();
      }
    }
    // Let anything a lapsed meeting might still send show up before judging "nothing afterwards".
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const faults = (await simSnapshot(sim.url)).refresh_faults;
    for (const meeting of [...active]) {
      if (meeting.endedAt === null) continue;
      active.delete(meeting);
      lapsed.push(meeting);
    }
    await Promise.all([...active].map((m) => m.service.shutdown('Soak over')));

    const verdicts = lapsed.map((m) => judgeLapse(m, tokenMs));
    if (process.env.SOAK_DEBUG) {
      for (const [i, v] of verdicts.entries()) {
        const m = lapsed[i] as RefreshMeeting;
        const ends = m.events.filter((e) => e.type === 'session_ended').map((e) => JSON.stringify(e));
        const t0 = m.joinStartedAt;
        const tries = m.recorder.refreshes.slice(-6).map((a) => `${a.startedAt - t0}-${a.endedAt - t0}:${a.outcome}`);
        process.stderr.write(`${m.name} ${JSON.stringify(v)} ended@${(m.endedAt ?? 0) - t0} ${tries.join(' ')} late=${m.recorder.sentAt.filter((at) => at > (m.endedAt ?? 0)).length} ${ends.join(' ')}\n`);
      }
    }
    const attempts = meetings.flatMap((m) => m.recorder.refreshes);
    return {
      refresh_cycles: figure(cycles(), 'cycles'),
      refresh_meetings: figure(meetings.length, 'meetings'),
      refresh_attempts: figure(attempts.length, 'requests'),
      refresh_failed_502: figure(faults?.['502'] ?? 0, 'requests'),
      refresh_failed_503: figure(faults?.['503'] ?? 0, 'requests'),
      refresh_failed_timeout: figure(faults?.timeout ?? 0, 'requests'),
      refresh_failed_reset: figure(faults?.reset ?? 0, 'requests'),
      refresh_lapses_recoverable: mustEqual(verdicts.filter((v) => v.recoverable).length, 'lapses', 0),
      refresh_lapses_unrecoverable: figure(verdicts.filter((v) => !v.recoverable).length, 'lapses'),
      refresh_lapses_ended_uncleanly: mustEqual(verdicts.filter((v) => !v.clean).length, 'meetings', 0),
      ...spread('refresh_token_left_at_lapse', verdicts.map((v) => v.remainingMs), 'ms'),
      refresh_run_seconds: figure((Date.now() - started) / 1000, 's'),
    };
  } finally {
    await Promise.all(meetings.map((m) => m.service.shutdown('Soak over')));
    await sim.close();
  }
}
