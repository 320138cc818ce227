// Node restarts: the simulator process is killed and started again on the same port, so every
// token the clients hold is unknown to the new node. The desktop meeting service must say why the
// meeting ended (session_ended with a reason, the text the app shows, no longer joined) and
// Rejoin (the same join request) must work; the kiosk room policy must get back in by itself.
// Kiosk times are from the new node listening (its own start-up is not the client's) to the
// room being in the meeting again; the outage figure is from the kill.
import { createMeetingService, silentLogger, type MeetingService } from '../../electron/service';
import type { BridgeEvent, JoinRequest } from '../../electron/shared/bridge';
import { KioskPolicy } from '../../electron/kiosk/kioskPolicy';
import { kioskConfigSchema } from '../../electron/kiosk/config/kioskConfigSchema';
import { meetingPortFor } from '../../electron/kiosk/serviceMeetingPort';
import type { KioskStatus } from '../../electron/shared/kioskCommands';
import { endedText } from '../../renderer/src/features/join/joinMessages';
import type { SoakSettings } from './soakSettings';
import { freeLoopbackPort, SimulatorProcess } from './simulatorProcess';
import { figure, mustEqual, spread, type SoakFigures } from './soakResults';

const alias = 'meet.alice';
const stableAfterMs = 1000;
const waitLimitMs = 60_000;

function waitFor<T>(subscribe: (check: (value: T) => void) => () => void, accept: (value: T) => boolean, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    let unsubscribe = () => {};
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`${what} did not happen within ${waitLimitMs} ms`));
    }, waitLimitMs);
    unsubscribe = subscribe((value) => {
      if (!accept(value)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(value);
    });
  });
}

function nextEvent(service: MeetingService, accept: (event: BridgeEvent) => boolean, what: string): Promise<BridgeEvent> {
  return waitFor<BridgeEvent>((check) => service.onEvent(check), accept, what);
}

function kioskIn(policy: KioskPolicy): Promise<KioskStatus> {
  if (policy.status().state === 'in_meeting') return Promise.resolve(policy.status());
  return waitFor<KioskStatus>((check) => policy.onStatus(check), (status) => status.state === 'in_meeting', 'the kiosk rejoining');
}

interface DesktopOutcome {
  explained: boolean;
  rejoined: boolean;
  noticeMs: number;
  text: string;
}

export async function soakNodeRestarts(settings: SoakSettings): Promise<SoakFigures> {
  const node = new SimulatorProcess(await freeLoopbackPort());
  await node.start();
  const desktop = createMeetingService({ logger: silentLogger });
  const desktopRequest: JoinRequest = { node: node.url, alias, displayName: 'Soak Desktop' };
  const kioskService = createMeetingService({ logger: silentLogger });
  const config = kioskConfigSchema.parse({ node: node.url, alias, displayName: 'Soak Room', autoJoin: true, adminPin: '4321' });
  const policy = new KioskPolicy({ port: meetingPortFor(kioskService), logger: silentLogger, config, stableAfterMs });
  const desktopOutcomes: DesktopOutcome[] = [];
  const kioskFromBackMs: number[] = [];
  const kioskFromKillMs: number[] = [];
  const texts = new Set<string>();
  let failures = 0;
  try {
    const first = await desktop.handlers.join(desktopRequest);
    if (!first.ok) throw new Error(`the desktop could not join: ${first.error.message}`);
    policy.start();
    await kioskIn(policy);
    for (let i = 0; i < settings.nodeRestarts; i += 1) {
      // A room that has been in long enough for its next loss to be retried at once.
      await new Promise((resolve) => setTimeout(resolve, stableAfterMs + 200));
      const desktopEnded = nextEvent(desktop, (e) => e.type === 'session_ended', 'the desktop session ending');
      const kioskLeft = waitFor<KioskStatus>((check) => policy.onStatus(check), (s) => s.state !== 'in_meeting', 'the kiosk noticing');
      const killedAt = Date.now();
      await node.kill();
      await node.start();
      const backAt = Date.now();
      try {
        const [ended] = await Promise.all([desktopEnded, kioskLeft]);
        const endedAt = Date.now();
        const text = ended.type === 'session_ended' && ended.code !== 'left' ? endedText(ended.code, ended.reason) : '';
        const explained = ended.type === 'session_ended' && ended.reason.trim() !== '' && text !== '' && !desktop.joined && desktop.state() === null;
        texts.add(text);
        const rejoined = (await desktop.handlers.join(desktopRequest)).ok;
        desktopOutcomes.push({ explained, rejoined, noticeMs: endedAt - backAt, text });
        await kioskIn(policy);
        const inAt = Date.now();
        kioskFromBackMs.push(inAt - backAt);
        kioskFromKillMs.push(inAt - killedAt);
      } catch (error) {
        failures += 1;
        process.stderr.write(`restart ${i + 1}: ${error instanceof Error ? error.message : String(error)}\n`);
        if (!desktop.joined) await desktop.handlers.join(desktopRequest);
      }
    }
  } finally {
    await policy.stop('Soak over');
    await Promise.all([desktop.shutdown('Soak over'), kioskService.shutdown('Soak over')]);
    await node.kill();
  }
  if (process.env.SOAK_DEBUG) process.stderr.write(`desktop texts: ${[...texts].join(' | ')}\n`);
  return {
    node_restarts: figure(settings.nodeRestarts, 'restarts'),
    node_restart_not_recovered: mustEqual(failures, 'restarts', 0),
    desktop_explained: mustEqual(desktopOutcomes.filter((o) => o.explained).length, 'restarts', settings.nodeRestarts),
    desktop_rejoin_worked: mustEqual(desktopOutcomes.filter((o) => o.rejoined).length, 'restarts', settings.nodeRestarts),
    ...spread('desktop_notice_ms', desktopOutcomes.map((o) => o.noticeMs), 'ms'),
    ...spread('kiosk_rejoin_ms', kioskFromBackMs, 'ms', 5000),
    ...spread('kiosk_outage_ms', kioskFromKillMs, 'ms'),
  };
}
