// A MeetingService stand-in for the main-process wiring tests: it keeps the service's documented
// contract (shutdown is idempotent and leaves with release_token; `joined` turns false as soon as
// the leave starts) and lets the test decide when release_token answers.
import { commandNames } from '../../../../../electron/shared/bridge';
import type { BridgeEventListener } from '../../../../../electron/shared/bridge';
import type { BridgeEvent } from '../../../../../electron/shared/bridge';
import type { DesktopSettingsTarget, DesktopTarget, KioskCommandTarget, MeetingService } from '../../../../../electron/service';

export class FakeMeetingService {
  joined = false;
  shutdownReasons: string[] = [];
  /** True once release_token has answered. */
  released = false;
  kioskTarget: KioskCommandTarget | null = null;
  settingsTarget: DesktopSettingsTarget | null = null;
  desktopTarget: DesktopTarget | null = null;
  readonly listeners = new Set<BridgeEventListener>();
  commandsCalled: string[] = [];
  private finishRelease: (() => void) | null = null;
  private shutdownPromise: Promise<void> | null = null;

  /** The service's joined state changed (the real one reports it with connection and session_ended events). */
  setJoined(joined: boolean): void {
    this.joined = joined;
    const event: BridgeEvent = joined
      ? { type: 'connection', state: 'connected', receivedAt: Date.now() }
      : { type: 'session_ended', code: 'left', reason: 'You left the meeting', receivedAt: Date.now() };
    for (const listener of this.listeners) listener(event);
  }

  /** Answers the release_token in flight. */
  answerRelease(): void {
    this.finishRelease?.();
  }

  asService(): MeetingService {
    const handlers = Object.fromEntries(
      commandNames.map((name) => [
        name,
        (arg: unknown) => {
          this.commandsCalled.push(name);
          return Promise.resolve({ ok: true, value: name === 'kioskStatus' ? null : arg ?? null });
        },
      ]),
    );
    const isJoined = (): boolean => this.joined;
    const service = {
      handlers,
      kiosk: {
        handlers: {},
        attach: (target: KioskCommandTarget) => (this.kioskTarget = target),
        emit: () => undefined,
      },
      settings: { handlers: {}, attach: (target: DesktopSettingsTarget) => (this.settingsTarget = target) },
      joinWith: () => Promise.reject(new Error('not used by main')),
      operations: {},
      state: () => null,
      desktop: { handlers: {}, attach: (target: DesktopTarget) => (this.desktopTarget = target) },
      onEvent: (listener: BridgeEventListener) => {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
      },
      shutdown: (reason: string) => this.shutdown(reason),
      get joined() {
        return isJoined();
      },
    };
    return service as unknown as MeetingService;
  }

  private shutdown(reason: string): Promise<void> {
    this.shutdownReasons.push(reason);
    if (this.shutdownPromise) return this.shutdownPromise;
    if (!this.joined) return Promise.resolve();
    // The meeting counts as ended the moment the leave starts; release_token is still in flight.
    this.joined = false;
    this.shutdownPromise = new Promise<void>((resolve) => {
      this.finishRelease = () => {
        this.released = true;
        resolve();
      };
    });
    return this.shutdownPromise;
  }
}

/** Every service main created, in order (the wiring tests' vi.mock of createMeetingService fills it). */
export const createdServices: FakeMeetingService[] = ((globalThis as unknown as Record<symbol, FakeMeetingService[] | undefined>)[
  Symbol.for('parley.fakeMeetingServices')
] ??= []);

export function createFakeMeetingService(): MeetingService {
  const fake = new FakeMeetingService();
  createdServices.push(fake);
  return fake.asService();
}
