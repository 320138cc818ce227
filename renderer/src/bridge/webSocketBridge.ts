// The bridge over the browser host's WebSocket: the same ParleyApi the Electron preload exposes,
// carried as HostClientFrame / HostServerFrame JSON frames. Commands sent before the socket is open
// are queued; if the socket closes, waiting commands fail with a typed error and the next command
// opens a new socket.
import { commandNames, type BridgeEvent, type BridgeEventListener, type CommandArg, type CommandName, type CommandResult, type ParleyApi } from '../../../electron/shared/bridge';
import type { HostClientFrame, HostServerFrame } from '../../../electron/shared/transports';
import { fromWireEvent, type WireBridgeEvent } from '../../../electron/shared/rosterPacking';
import { bridgeMessages } from '../../../electron/shared/commandWording';

/** The part of the DOM WebSocket this client uses (a fake implements it in tests). */
export interface BridgeSocket {
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  send(data: string): void;
  close(): void;
}

export type OpenSocket = (url: string) => BridgeSocket;

const socketOpen = 1;

export const bridgeUnavailableMessage = bridgeMessages.bridgeUnavailable;

interface PendingCommand {
  resolve: (result: CommandResult<CommandName>) => void;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A server frame as received: its event back in BridgeEvent form. */
export type ReceivedFrame = { event: BridgeEvent } | Exclude<HostServerFrame, { event: unknown }>;

/**
 * Checks a frame's shape; event and result bodies are trusted to follow the contract (same-origin
 * host), except a packed roster, which is checked as it is unpacked (and dropped if unreadable).
 */
export function parseServerFrame(text: string): ReceivedFrame | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(data)) return null;
  const event = data.event;
  if (isRecord(event) && typeof event.type === 'string' && typeof event.receivedAt === 'number') {
    const received = fromWireEvent(event as WireBridgeEvent);
    return received ? { event: received } : null;
  }
  const result = data.result;
  if (typeof data.id === 'number' && isRecord(result) && typeof result.ok === 'boolean') {
    return { id: data.id, result: result as CommandResult<CommandName> };
  }
  return null;
}

/**
 * A failure every command's error type accepts: JoinError and CommandError both have node_unreachable,
 * and both say bridgeUnavailable (joinError.*, commandError.*) in the person's language.
 */
function unavailable<K extends CommandName>(): CommandResult<K> {
  return { ok: false, error: { code: 'node_unreachable', message: bridgeUnavailableMessage, wording: 'bridgeUnavailable' } } as CommandResult<K>;
}

class WebSocketBridgeClient {
  private socket: BridgeSocket | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, PendingCommand>();
  private readonly unsent: string[] = [];
  private readonly listeners = new Set<BridgeEventListener>();

  constructor(
    private readonly url: string,
    private readonly openSocket: OpenSocket,
  ) {}

  call<K extends CommandName>(command: K, arg: CommandArg<K>): Promise<CommandResult<K>> {
    const id = this.nextId++;
    const frame: HostClientFrame = { id, command, arg };
    return new Promise<CommandResult<K>>((resolve) => {
      this.pending.set(id, { resolve: resolve as (result: CommandResult<CommandName>) => void });
      const socket = this.connect();
      if (!socket) return;
      const text = JSON.stringify(frame);
      if (socket.readyState === socketOpen) socket.send(text);
      else this.unsent.push(text);
    });
  }

  onEvent(listener: BridgeEventListener): () => void {
    this.listeners.add(listener);
    this.connect();
    return () => {
      this.listeners.delete(listener);
    };
  }

  private connect(): BridgeSocket | null {
    if (this.socket) return this.socket;
    let socket: BridgeSocket;
    try {
      socket = this.openSocket(this.url);
    } catch {
      this.failPending();
      return null;
    }
    this.socket = socket;
    socket.onopen = () => {
      for (const text of this.unsent.splice(0)) socket.send(text);
    };
    socket.onmessage = (event) => {
      if (typeof event.data === 'string') this.receive(event.data);
    };
    socket.onclose = () => {
      if (this.socket === socket) this.socket = null;
      this.unsent.length = 0;
      this.failPending();
    };
    // An error is always followed by close, which does the cleanup.
    socket.onerror = () => undefined;
    return socket;
  }

  private receive(text: string): void {
    const frame = parseServerFrame(text);
    if (!frame) return;
    if ('event' in frame) {
      for (const listener of [...this.listeners]) listener(frame.event);
      return;
    }
    const waiting = this.pending.get(frame.id);
    if (!waiting) return;
    this.pending.delete(frame.id);
    waiting.resolve(frame.result);
  }

  private failPending(): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const command of waiting) command.resolve(unavailable());
  }
}

export function createWebSocketBridge(
  url: string,
  openSocket: OpenSocket = (target) => new WebSocket(target),
): ParleyApi {
  const client = new WebSocketBridgeClient(url, openSocket);
  // Every command of every area, as the preload does: one function per name in commandNames.
  const commands = Object.fromEntries(
    commandNames.map((name) => [name, (arg: CommandArg<typeof name>) => client.call(name, arg)]),
  ) as unknown as Omit<ParleyApi, 'onEvent'>;
  return {
    ...commands,
    onEvent: (listener) => client.onEvent(listener),
  };
}
