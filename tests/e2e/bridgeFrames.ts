// Records the bridge frames between the page and the browser host (the renderer's whole view of
// main), so a test can assert what a command carried or that a secret never reached the page.
import type { Page } from '@playwright/test';

export interface BridgeCommandFrame {
  command: string;
  arg: unknown;
}

export interface BridgeFrames {
  /** Commands the renderer sent, in order. */
  commands(name?: string): BridgeCommandFrame[];
  /** Every frame's raw text, both ways. */
  raw(): string[];
}

export function recordBridgeFrames(page: Page): BridgeFrames {
  const sent: BridgeCommandFrame[] = [];
  const all: string[] = [];
  page.on('websocket', (socket) => {
    socket.on('framesent', ({ payload }) => {
      const text = typeof payload === 'string' ? payload : payload.toString('utf8');
      all.push(text);
      try {
        const frame = JSON.parse(text) as { command?: unknown; arg?: unknown };
        if (typeof frame.command === 'string') sent.push({ command: frame.command, arg: frame.arg });
      } catch {
        // Not JSON: kept in raw only.
      }
    });
    socket.on('framereceived', ({ payload }) => {
      all.push(typeof payload === 'string' ? payload : payload.toString('utf8'));
    });
  });
  return {
    commands: (name) => (name === undefined ? [...sent] : sent.filter((frame) => frame.command === name)),
    raw: () => [...all],
  };
}

/** The SDP's media sections: kind and direction attribute, in m-line order. */
export function mediaSections(sdp: string): { kind: string; direction: string; slides: boolean }[] {
  return sdp
    .split(/\r?\nm=/)
    .slice(1)
    .map((section) => {
      const kind = section.split(' ')[0] ?? '';
      const direction = /\r?\na=(sendrecv|sendonly|recvonly|inactive)/.exec(section)?.[1] ?? 'sendrecv';
      return { kind, direction, slides: /a=content:slides/.test(section) };
    });
}
