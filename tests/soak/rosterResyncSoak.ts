// Event-stream drops at random moments while the roster churns (participants added and removed
// all the time). After each drop the core reconnects and resyncs; once the churn pauses, the
// core's roster must equal the node's participant list: divergence (participants only one side
// knows, plus names that differ) must be 0. A real divergence never heals, so waiting for the
// two to agree (bounded) measures it without flagging events still in flight.
import { createMeetingService, silentLogger, type MeetingService } from '../../electron/service';
import type { BridgeEvent } from '../../electron/shared/bridge';
import type { RoomConfig } from '../sim';
import { startSimulator } from '../sim';
import { seededRandom } from '../sim/control/refreshFaultPlan';
import type { SoakSettings } from './soakSettings';
import { roomParticipants, simPost, simSnapshot } from './simControlClient';
import { figure, mustEqual, spread, type SoakFigures } from './soakResults';

const settleLimitMs = 5000;
const minimumRoster = 5;
const maximumRoster = 60;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function divergence(core: { uuid: string; displayName: string }[], node: { uuid: string; display_name: string }[]): number {
  const nodeNames = new Map(node.map((p) => [p.uuid, p.display_name]));
  const coreNames = new Map(core.map((p) => [p.uuid, p.displayName]));
  let count = 0;
  for (const [uuid, name] of coreNames) if (nodeNames.get(uuid) !== name) count += 1;
  for (const uuid of nodeNames.keys()) if (!coreNames.has(uuid)) count += 1;
  return count;
}

/** Adds and removes participants at random until stopped; `pause` holds it between operations. */
class RosterChurn {
  private running = true;
  private paused = false;
  private idle: Promise<void> = Promise.resolve();
  operations = 0;
  private readonly added: string[] = [];

  constructor(
    private readonly simUrl: string,
    private readonly alias: string,
    private readonly random: () => number,
  ) {}

  start(): void {
    this.idle = this.loop();
  }

  async pause(): Promise<void> {
    this.paused = true;
    // The operation in flight finishes; its events are then on their way.
    await this.step;
  }

  resume(): void {
    this.paused = false;
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.idle;
  }

  private step: Promise<void> = Promise.resolve();

  private async loop(): Promise<void> {
    while (this.running) {
      if (this.paused) {
        await sleep(10);
        continue;
      }
      this.step = this.operate();
      await this.step;
      await sleep(5 + Math.floor(this.random() * 30));
    }
  }

  private async operate(): Promise<void> {
    const remove = this.added.length > 0 && (this.added.length >= maximumRoster || (this.added.length > minimumRoster && this.random() < 0.5));
    if (remove) {
      const index = Math.floor(this.random() * this.added.length);
      const [uuid] = this.added.splice(index, 1);
      await simPost(this.simUrl, 'disconnect', { alias: this.alias, participantUuid: uuid, reason: 'Soak churn' });
    } else {
      const { uuids } = await simPost<{ uuids: string[] }>(this.simUrl, 'add_participants', {
        alias: this.alias,
        count: 1 + Math.floor(this.random() * 3),
        namePrefix: `Churn ${this.operations}`,
      });
      this.added.push(...uuids);
    }
    this.operations += 1;
  }
}

interface DropRecord {
  divergence: number;
  resyncMs: number;
}

async function soakRoom(simUrl: string, alias: string, drops: number, random: () => number): Promise<DropRecord[]> {
  const service: MeetingService = createMeetingService({ logger: silentLogger });
  const events: BridgeEvent[] = [];
  service.onEvent((event) => events.push(event));
  const joined = await service.handlers.join({ node: simUrl, alias, displayName: `Soak Observer ${alias}` });
  if (!joined.ok) throw new Error(`the observer could not join ${alias}: ${joined.error.message}`);
  const churn = new RosterChurn(simUrl, alias, random);
  const records: DropRecord[] = [];
  let rightAfterReopen = 0;
  try {
    while (!events.some((e) => e.type === 'roster')) await sleep(10);
    churn.start();
    for (let i = 0; i < drops; i += 1) {
      await sleep(50 + Math.floor(random() * 600));
      const rostersBefore = events.filter((e) => e.type === 'roster').length;
      const droppedAt = Date.now();
      await simPost(simUrl, 'drop_events', { alias, participantUuid: joined.value.participantUuid });
      const deadline = droppedAt + 30_000;
      if (i + 1 < drops && random() < 0.25) {
        // Now and then the next drop comes as soon as the stream is back (its replay already sent or on its way).
        const opened = (): number => events.filter((e) => e.type === 'connection' && e.state === 'connected').length;
        const openedBefore = opened();
        while (opened() === openedBefore && Date.now() < deadline) await sleep(2);
        await simPost(simUrl, 'drop_events', { alias, participantUuid: joined.value.participantUuid });
        i += 1;
        rightAfterReopen += 1;
      }
      while (events.filter((e) => e.type === 'roster').length === rostersBefore && Date.now() < deadline) await sleep(10);
      const resyncMs = Date.now() - droppedAt;
      // Churn goes on a little after the resync too, then pauses for the comparison.
      await sleep(Math.floor(random() * 300));
      await churn.pause();
      let diverged = Number.POSITIVE_INFINITY;
      const settleBy = Date.now() + settleLimitMs;
      while (Date.now() < settleBy) {
        const core = service.state()?.participants ?? [];
        diverged = divergence(core, roomParticipants(await simSnapshot(simUrl), alias));
        if (diverged === 0) break;
        await sleep(20);
      }
      records.push({ divergence: diverged, resyncMs });
      records.push(...Array.from({ length: rightAfterReopen }, () => ({ divergence: diverged, resyncMs: Number.NaN })));
      rightAfterReopen = 0;
      churn.resume();
    }
  } finally {
    await churn.stop();
    await service.shutdown('Soak over');
  }
  return records;
}

export async function soakRosterResync(settings: SoakSettings): Promise<SoakFigures> {
  const aliases = Array.from({ length: settings.rosterRooms }, (_, i) => `soak.roster.${i + 1}`);
  const rooms: RoomConfig[] = aliases.map((alias) => ({ alias, name: `Soak roster ${alias}`, serviceType: 'conference' }));
  const sim = await startSimulator({ port: 0, rooms, log: () => undefined });
  const started = Date.now();
  try {
    const perRoom = aliases.map((_, i) => Math.floor(settings.streamDrops / aliases.length) + (i < settings.streamDrops % aliases.length ? 1 : 0));
    const results = await Promise.all(aliases.map((alias, i) => soakRoom(sim.url, alias, perRoom[i] ?? 0, seededRandom(settings.seed + i))));
    const records = results.flat();
    return {
      stream_drops: figure(records.length, 'drops'),
      roster_divergent_resyncs: mustEqual(records.filter((r) => r.divergence !== 0).length, 'resyncs', 0),
      roster_divergence_max: mustEqual(Math.max(0, ...records.map((r) => r.divergence)), 'participants', 0),
      stream_drops_right_after_reopen: figure(records.filter((r) => Number.isNaN(r.resyncMs)).length, 'drops'),
      ...spread('stream_resync_ms', records.map((r) => r.resyncMs).filter((ms) => !Number.isNaN(ms)), 'ms'),
      roster_run_seconds: figure((Date.now() - started) / 1000, 's'),
    };
  } finally {
    await sim.close();
  }
}
