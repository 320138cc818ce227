// The Parley Infinity simulator: a local Conferencing Node speaking client API v2 over HTTP and SSE.
import type { AddressInfo } from 'node:net';
import type { CreateMediaRoom } from './media/types';
import { ConferencingNode } from './conferencingNode';
import { createSimulatorFaults, type SimulatorFaults } from './control/simulatorFaults';
import type { RoomConfig } from './conference/roomConfig';
import { defaultRooms, mergeRooms } from './defaultRooms';
import { isLoopbackHost } from './http/loopback';
import { lazyMediaEngine } from './mediaEngine';
import { createSimulatorServer, type SimulatorTls } from './server';
import { resolveTimings, type SimTimings } from './simTimings';

export type { RoomConfig } from './conference/roomConfig';
export type { SimulatorFaults } from './control/simulatorFaults';
export type { SimTimings } from './simTimings';
export type { SimulatorTls } from './server';
export { defaultRooms } from './defaultRooms';

export interface SimulatorOptions {
  /** 0 = ephemeral; default 18080. */
  port?: number;
  /** Default '127.0.0.1'; anything that is not loopback is refused. */
  host?: string;
  /** Added to (or replacing, by alias) the default rooms. */
  rooms?: RoomConfig[];
  /** Default 120. */
  tokenExpirySeconds?: number;
  /** Default: the werift engine from ./media. */
  createMediaRoom?: CreateMediaRoom;
  /** Default: silent. */
  log?: (line: string) => void;
  /** Delays the simulator waits out by itself (dial-out, captions, presentation frames...). */
  timings?: Partial<SimTimings>;
  /** Serve https with this key and certificate (PEM), like an on-premises node with its own certificate. */
  tls?: SimulatorTls;
  /** RoomConfig.quirks (older Infinity shapes) for every room that does not set it. */
  quirks?: boolean;
}

export interface Simulator {
  /** e.g. "http://127.0.0.1:18080" */
  url: string;
  port: number;
  faults: SimulatorFaults;
  /** Closes every SSE stream, media room and the server. */
  close(): Promise<void>;
}

export const DEFAULT_PORT = 18080;

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(host)) throw new Error(`The simulator only listens on loopback, not "${host}"`);

  const node = new ConferencingNode({
    rooms: mergeRooms(defaultRooms, options.rooms).map((room) => (options.quirks ? { ...room, quirks: room.quirks ?? true } : room)),
    tokenExpirySeconds: options.tokenExpirySeconds ?? 120,
    loadMediaEngine: lazyMediaEngine(options.createMediaRoom),
    timings: resolveTimings(options.timings),
    log: options.log ?? (() => undefined),
  });
  const faults = createSimulatorFaults(node);
  const server = createSimulatorServer(node, faults, options.tls);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  let closing: Promise<void> | undefined;
  return {
    url: `${options.tls ? 'https' : 'http'}://${urlHost}:${port}`,
    port,
    faults,
    close() {
      closing ??= (async () => {
        await node.close();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await closed;
      })();
      return closing;
    },
  };
}
