// What the renderer does with a meeting link main hands it, reduced to the bridge calls: the
// fake window has no page, so this driver stands in for the link store (renderer/src/features/
// links/linkStore.ts), which fills the join form from the link and sends `join` with the form's
// node, alias, name and PIN. It calls through ipcMain like the page would (sender check included).
import type { BridgeEvent, CommandResult } from '../../../../../electron/shared/bridge';
import { ipcChannels } from '../../../../../electron/shared/transports';
import { fakeElectron } from '../../../../support/electronFake';
import type { FakeBrowserWindow } from '../../../../support/electronFake/fakeAppWindows';

export function driveLinksLikeTheRenderer(window: FakeBrowserWindow, displayName: string): Promise<CommandResult<'join'>>[] {
  const joins: Promise<CommandResult<'join'>>[] = [];
  window.webContents.page = (channel, payload) => {
    if (channel !== ipcChannels.event) return;
    const event = payload as BridgeEvent;
    if (event.type !== 'meeting_link' || !event.result.ok) return;
    const link = event.result.link;
    const request = { node: link.node ?? '', alias: link.alias, displayName: link.name ?? displayName, ...(link.pin ? { pin: link.pin } : {}) };
    joins.push(fakeElectron.invoke(`${ipcChannels.commandPrefix}join`, window.webContents, request) as Promise<CommandResult<'join'>>);
  };
  return joins;
}
