// The bridge contract over a WebSocket: one MeetingService per connected page, exactly as the
// Electron main process keeps one per window. The token stays here, in Node.
import type { WebSocket } from 'ws';
import { commandNames, type CommandName, type CommandResult } from '../../electron/shared/bridge';
import type { HostClientFrame, HostServerFrame } from '../../electron/shared/transports';
import { toWireEvent } from '../../electron/shared/rosterPacking';
import { createHostSsoSignIn } from './hostSsoSignIn';
import {
  createMeetingService,
  type CertificateTrustStore,
  type DesktopSettingsTarget,
  type Logger,
  type MeetingService,
  type MeetingServiceOptions,
  type ScreenShareHost,
} from '../../electron/service';

const knownCommands = new Set<string>(commandNames);

function parseFrame(raw: string): HostClientFrame | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { id, command, arg } = value as Record<string, unknown>;
    if (typeof id !== 'number' || typeof command !== 'string' || !knownCommands.has(command)) return null;
    return { id, command: command as CommandName, arg };
  } catch {
    return null;
  }
}

/** `shared`: kiosk mode's one service, kept (not shut down) when the page goes away. */
export function serveBridge(
  socket: WebSocket,
  logger: Logger,
  shared?: MeetingService,
  certificateTrust?: CertificateTrustStore,
  discovery?: MeetingServiceOptions['discovery'],
  hostOrigin?: string,
  settings?: DesktopSettingsTarget,
  screenShare?: ScreenShareHost,
): void {
  const send = (frame: HostServerFrame): void => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
  };
  // The page opens the host's sign-in window; the sso token comes back to this process only.
  const ssoSignIn = hostOrigin
    ? createHostSsoSignIn(
        () => hostOrigin,
        (url) => send({ event: { type: 'sso_sign_in_window', url, receivedAt: Date.now() } }),
      )
    : undefined;
  const service =
    shared ??
    createMeetingService({
      logger,
      certificateTrust,
      ...(discovery ? { discovery } : {}),
      ...(ssoSignIn ? { ssoSignIn } : {}),
      ...(screenShare ? { screenShare } : {}),
    });
  if (settings && !shared) service.settings.attach(settings);
  const unsubscribe = service.onEvent((event) => send({ event: toWireEvent(event) }));

  socket.on('message', (data) => {
    const frame = parseFrame(data.toString());
    if (!frame) {
      logger.warn('Browser host: ignored a malformed bridge frame');
      return;
    }
    // The handler validates the untrusted argument itself (invalid_argument when wrong).
    const handler = service.handlers[frame.command] as (arg: unknown) => Promise<CommandResult<CommandName>>;
    void handler(frame.arg).then((result) => send({ id: frame.id, result }));
  });

  socket.on('close', () => {
    unsubscribe();
    if (shared) return;
    // A closed page is a participant leaving: release the token like closing the window does.
    void service.shutdown('Browser page closed');
  });
}
