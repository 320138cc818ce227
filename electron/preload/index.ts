// Exposes the bridge contract as window.parley: named functions and one event subscription.
// ipcRenderer itself and IpcRendererEvent never reach the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { commandNames, type BridgeEvent, type BridgeEventListener, type ParleyApi } from '../shared/bridge';
import { ipcChannels } from '../shared/transports';

function buildApi(): ParleyApi {
  const commands = Object.fromEntries(
    commandNames.map((name) => [name, (arg: unknown) => ipcRenderer.invoke(ipcChannels.commandPrefix + name, arg)]),
  ) as Omit<ParleyApi, 'onEvent'>;
  return {
    ...commands,
    onEvent(listener: BridgeEventListener): () => void {
      const relay = (_event: IpcRendererEvent, payload: BridgeEvent): void => listener(payload);
      ipcRenderer.on(ipcChannels.event, relay);
      return () => {
        ipcRenderer.removeListener(ipcChannels.event, relay);
      };
    },
  };
}

contextBridge.exposeInMainWorld('parley', buildApi());
