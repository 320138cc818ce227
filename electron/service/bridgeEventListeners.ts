// The bridge events' listeners: each gets every event stamped with its arrival time; a listener
// that throws is logged and does not keep the event from the others.
import type { BridgeEvent, BridgeEventBody, BridgeEventListener } from '../shared/bridge';
import { sharedClockNow, type Logger } from '../infinity';

export interface BridgeEventListeners {
  emit(body: BridgeEventBody, receivedAt?: number): void;
  /** Adds a listener; the returned function removes it. */
  onEvent(listener: BridgeEventListener): () => void;
}

export function createBridgeEventListeners(logger: Logger): BridgeEventListeners {
  const listeners = new Set<BridgeEventListener>();
  return {
    emit(body, receivedAt = sharedClockNow()) {
      const event: BridgeEvent = { ...body, receivedAt };
      for (const listener of listeners) {
        try {
          listener(event);
        } catch (error) {
          logger.error('event listener threw', { error, type: event.type });
        }
      }
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
