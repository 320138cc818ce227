// Generated node input through the core and the bridge. Events: fast-check's altered examples and
// hostile values, sent by the simulator over a real event stream to a desktop meeting service and
// to a kiosk room (its policy toggling captions and publishing status meanwhile). REST answers: a
// meeting service whose node is a generator, joining, asking for layouts and signals, chatting
// and leaving. Counted: crashes (exceptions that escaped, or that the core's safety net caught),
// bridge events, results and snapshots that cannot cross the bridge, and the heap.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { createMeetingService, silentLogger, type Logger, type MeetingService } from '../../electron/service';
import type { BridgeEvent } from '../../electron/shared/bridge';
import { KioskPolicy } from '../../electron/kiosk/kioskPolicy';
import { kioskConfigSchema } from '../../electron/kiosk/config/kioskConfigSchema';
import { meetingPortFor } from '../../electron/kiosk/serviceMeetingPort';
import { serverEventSchemas } from '../../electron/infinity/events/serverEventSchemas';
import { startSimulator } from '../sim';
import { answerArbitrary, eventArbitrary, type GeneratedAnswer } from '../support/nodeInputArbitraries';
import { crossesBridge } from '../support/bridgeCrossing';
import type { SoakSettings } from './soakSettings';
import { atMost, figure, mustEqual, type SoakFigures } from './soakResults';

const alias = 'meet.alice';
const batchSize = 500;
/** Events that end or move the meeting are left out of the stream (they would end the run, not test it). */
const streamedNames = Object.keys(serverEventSchemas).filter((name) => name !== 'disconnect' && name !== 'refer');
const heapGrowthLimitMb = 64;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function heapMb(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

class Tally {
  crashes = 0;
  caught = 0;
  unbridgeable = 0;
  bridged = 0;
  firstProblems: string[] = [];
  /** Warnings by message: how much of the input the core skipped, and why. */
  readonly skipped = new Map<string, number>();

  note(problem: string): void {
    if (this.firstProblems.length < 5) this.firstProblems.push(problem.slice(0, 300));
  }

  check(what: string, value: unknown): void {
    this.bridged += 1;
    const crossing = crossesBridge(value);
    if (!crossing.ok) {
      this.unbridgeable += 1;
      this.note(`${what}: ${crossing.problem}`);
    }
  }

  /** A service's snapshot (what the renderer asks for): throwing counts as a crash. */
  snapshot(service: MeetingService): void {
    try {
      this.check('snapshot', service.state());
    } catch (error) {
      this.crashes += 1;
      this.note(`snapshot threw: ${String(error)}`);
    }
  }

  logger(): Logger {
    return {
      ...silentLogger,
      warn: (message) => this.skipped.set(message, (this.skipped.get(message) ?? 0) + 1),
      error: (message, fields) => {
        this.caught += 1;
        this.note(`logged error: ${message} ${JSON.stringify(fields)}`);
      },
    };
  }
}

async function streamGeneratedEvents(settings: SoakSettings, tally: Tally, heap: number[]): Promise<number> {
  const sim = await startSimulator({ port: 0, log: () => undefined });
  const desktop = createMeetingService({ logger: tally.logger() });
  const kioskService = createMeetingService({ logger: tally.logger() });
  const config = kioskConfigSchema.parse({ node: sim.url, alias, displayName: 'Soak Generated Room', autoJoin: true, adminPin: '4321' });
  const policy = new KioskPolicy({ port: meetingPortFor(kioskService), logger: tally.logger(), config, stableAfterMs: 1000 });
  const markers = new Set<string>();
  const watch = (service: MeetingService) =>
    service.onEvent((event: BridgeEvent) => {
      tally.check(`event ${event.type}`, event);
      if (event.type === 'chat' && event.message.payload.startsWith('soak marker ')) markers.add(event.message.payload);
    });
  watch(desktop);
  watch(kioskService);
  policy.onStatus((status) => tally.check('kiosk status', status));
  let sent = 0;
  try {
    const joined = await desktop.handlers.join({ node: sim.url, alias, displayName: 'Soak Generated Desktop' });
    if (!joined.ok) throw new Error(`could not join: ${joined.error.message}`);
    policy.start();
    while (policy.status().state !== 'in_meeting') await sleep(20);
    const arbitrary = eventArbitrary(streamedNames);
    for (let batch = 0; sent < settings.generatedEvents; batch += 1) {
      const events = fc.sample(arbitrary, { numRuns: Math.min(batchSize, settings.generatedEvents - sent), seed: settings.seed + batch });
      for (const event of events) sim.faults.emitEvent(alias, event.name, event.data);
      sent += events.length;
      // A marker after the batch: once both services have it, the batch has been through the core.
      const marker = `soak marker ${batch}`;
      sim.faults.emitEvent(alias, 'message_received', JSON.stringify({ origin: 'Soak', uuid: 'soak-marker', type: 'text/plain', payload: marker }));
      const deadline = Date.now() + 60_000;
      while (!markers.has(marker) && Date.now() < deadline) await sleep(5);
      if (!markers.has(marker)) throw new Error(`batch ${batch} did not come through the core within 60 s`);
      // The node resyncs now and then, as after a reconnect: the roster holds what the node says.
      sim.faults.emitEvent(alias, 'participant_sync_begin', 'null');
      sim.faults.emitEvent(alias, 'participant_sync_end', 'null');
      for (const service of [desktop, kioskService]) {
        if (!service.joined) {
          tally.crashes += 1;
          tally.note(`batch ${batch}: a meeting ended`);
        }
        tally.snapshot(service);
      }
      try {
        policy.setRoom({ captions: batch % 2 === 0 });
        tally.check('kiosk status', policy.status());
        tally.check('kiosk health', policy.health());
        tally.check('kiosk metrics', policy.metrics());
      } catch (error) {
        tally.crashes += 1;
        tally.note(`kiosk policy threw: ${String(error)}`);
      }
      if (batch % 20 === 0) heap.push(heapMb());
    }
  } finally {
    await policy.stop('Soak over');
    await Promise.all([desktop.shutdown('Soak over'), kioskService.shutdown('Soak over')]);
    await sim.close();
  }
  return sent;
}

/** A node made of generated answers: each request takes the next one; the event stream gets generated events. */
function generatedNode(answers: GeneratedAnswer[], streamTexts: string[], used: { answers: number }): typeof fetch {
  let next = 0;
  const take = (): GeneratedAnswer => answers[next++ % answers.length] as GeneratedAnswer;
  return async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    used.answers += 1;
    if (url.includes('/events')) {
      return new Response(streamTexts[next++ % streamTexts.length] ?? '', { status: 200, headers: { 'content-type': 'text/event-stream' } });
    }
    const answer = take();
    const headers: Record<string, string> = answer.contentType === null ? {} : { 'content-type': answer.contentType };
    return new Response(answer.body, { status: answer.status, headers });
  };
}

async function answerGeneratedRequests(settings: SoakSettings, tally: Tally, heap: number[]): Promise<number> {
  const used = { answers: 0 };
  const answerArb = answerArbitrary();
  const streamArb = fc
    .array(eventArbitrary(Object.keys(serverEventSchemas)), { maxLength: 4 })
    .map((events) => events.map((e) => `event: ${e.name.replace(/[\r\n]/g, ' ')}\ndata: ${e.data.replace(/[\r\n]/g, ' ')}\n\n`).join(''));
  for (let round = 0; used.answers < settings.generatedAnswers; round += 1) {
    const answers = fc.sample(answerArb, { numRuns: 200, seed: settings.seed + 100_000 + round });
    const streams = fc.sample(streamArb, { numRuns: 20, seed: settings.seed + 200_000 + round });
    for (let session = 0; session < 20 && used.answers < settings.generatedAnswers; session += 1) {
      const service = createMeetingService({ fetch: generatedNode(answers.slice(session * 10), streams, used), logger: tally.logger() });
      service.onEvent((event) => tally.check(`event ${event.type}`, event));
      try {
        const joined = await service.handlers.join({ node: 'http://127.0.0.1:9', alias: 'meet.generated', displayName: 'Soak' });
        tally.check('join result', joined);
        if (joined.ok) {
          await sleep(0);
          tally.check('layout choices', await service.handlers.getLayoutChoices(null));
          tally.check('conference signals', await service.handlers.getConferenceSignals(null));
          tally.check('send message', await service.handlers.sendMessage({ text: 'soak' }));
          tally.snapshot(service);
          tally.check('leave', await service.handlers.leave({ reason: 'soak' }));
        }
      } catch (error) {
        tally.crashes += 1;
        tally.note(`a handler threw: ${String(error)}`);
      } finally {
        await service.shutdown('Soak over');
      }
    }
    if (round % 20 === 0) heap.push(heapMb());
  }
  return used.answers;
}

export async function soakGeneratedInput(settings: SoakSettings): Promise<SoakFigures> {
  const tally = new Tally();
  const escaped = (error: unknown) => {
    tally.crashes += 1;
    tally.note(`escaped: ${String(error)}`);
  };
  process.on('uncaughtException', escaped);
  process.on('unhandledRejection', escaped);
  const started = Date.now();
  const heap: number[] = [];
  try {
    heap.push(heapMb());
    const events = await streamGeneratedEvents(settings, tally, heap);
    const eventsDoneAt = Date.now();
    const answers = await answerGeneratedRequests(settings, tally, heap);
    // Timers of ended meetings have run out by now; what is left is what the run kept.
    await sleep(1500);
    heap.push(heapMb());
    if (process.env.SOAK_DEBUG) {
      process.stderr.write(`events ${eventsDoneAt - started} ms, answers ${Date.now() - eventsDoneAt} ms\n`);
      process.stderr.write(`warnings: ${JSON.stringify(Object.fromEntries(tally.skipped))}\n`);
    }
    if (tally.firstProblems.length > 0) process.stderr.write(`generated input problems:\n  ${tally.firstProblems.join('\n  ')}\n`);
    const before = heap[0] ?? 0;
    const after = heap.at(-1) ?? 0;
    return {
      generated_events: figure(events, 'events'),
      generated_answers: figure(answers, 'answers'),
      generated_crashes: mustEqual(tally.crashes, 'crashes', 0),
      generated_errors_caught: mustEqual(tally.caught, 'errors', 0),
      bridge_values_checked: figure(tally.bridged, 'values'),
      bridge_unbridgeable: mustEqual(tally.unbridgeable, 'values', 0),
      heap_before_mb: figure(before, 'MB'),
      heap_peak_mb: figure(Math.max(...heap), 'MB'),
      heap_after_mb: figure(after, 'MB'),
      heap_growth_mb: atMost(Math.round((after - before) * 100) / 100, 'MB', heapGrowthLimitMb),
      generated_run_seconds: figure((Date.now() - started) / 1000, 's'),
    };
  } finally {
    process.off('uncaughtException', escaped);
    process.off('unhandledRejection', escaped);
  }
}
