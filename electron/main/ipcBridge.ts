// Binds the bridge contract to Electron IPC. Every message's sender is checked: only our own
// app:// main frame may call in. The MeetingService validates each argument itself.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { commandNames, type BridgeEvent, type CommandName } from '../shared/bridge';
import { ipcChannels } from '../shared/transports';
import { toWireEvent } from '../shared/rosterPacking';
import type { MeetingService } from '../service';
import { isAppUrl } from './appProtocol';

/**
 * The window's own top-level frame on app://parley. Frames are compared by processId and routingId
 * (what identifies a frame: WebFrameMain.fromId): the senderFrame of a message need not be the
 * same object as webContents.mainFrame.
 */
function isTrustedSender(event: IpcMainInvokeEvent, contents: WebContents): boolean {
  const frame = event.senderFrame;
  const main = contents.mainFrame;
  return (
    event.sender === contents &&
    frame !== null &&
    frame.parent === null &&
    frame.processId === main.processId &&
    frame.routingId === main.routingId &&
    isAppUrl(frame.url)
  );
}

export function bindBridge(contents: WebContents, service: MeetingService): () => void {
  for (const name of commandNames) {
    ipcMain.handle(ipcChannels.commandPrefix + name, (event, arg: unknown) => {
      if (!isTrustedSender(event, contents)) {
        return { ok: false, error: { code: 'forbidden', message: 'This request did not come from Parley.', wording: 'untrustedSender' } };
      }
      return invoke(service, name, arg);
    });
  }
  // Events go in their wire form (the roster packed: a fraction of the bytes to clone).
  const unsubscribe = service.onEvent((event: BridgeEvent) => {
    if (!contents.isDestroyed()) contents.send(ipcChannels.event, toWireEvent(event));
  });
  return () => {
    unsubscribe();
    for (const name of commandNames) ipcMain.removeHandler(ipcChannels.commandPrefix + name);
  };
}

/** Forwards an untrusted argument; the handler validates it and answers invalid_argument if wrong. */
function invoke(service: MeetingService, name: CommandName, arg: unknown): Promise<unknown> {
  const handler = service.handlers[name] as (arg: unknown) => Promise<unknown>;
  return handler(arg);
}
