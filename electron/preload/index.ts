// Exposes the bridge contract as window.parley: named functions and one event subscription.
// ipcRenderer itself and IpcRendererEvent never reach the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { commandNames, type BridgeEventListener, type ParleyApi } from '../shared/bridge';
import { ipcChannels } from '../shared/transports';
import { fromWireEvent, type WireBridgeEvent } from '../shared/rosterPacking';

function buildApi(): ParleyApi {
  const commands = Object.fromEntries(
    commandNames.map((name) => [name, (arg: unknown) => ipcRenderer.invoke(ipcChannels.commandPrefix + name, arg)]),
  ) as Omit<ParleyApi, 'onEvent'>;
  return {
    ...commands,
    onEvent(listener: BridgeEventListener): () => void {
      // Main sends events in their wire form (rosterPacking.ts); a roster it cannot read is dropped.
      const relay = (_event: IpcRendererEvent, payload: WireBridgeEvent): void => {
        const event = fromWireEvent(payload);
        if (event) listener(event);
      };
      ipcRenderer.on(ipcChannels.event, relay);
      return () => {
        ipcRenderer.removeListener(ipcChannels.event, relay);
      };
    },
  };
}

contextBridge.exposeInMainWorld('parley', buildApi());
