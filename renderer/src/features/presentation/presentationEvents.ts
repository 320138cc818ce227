// Bridge events for the presentation store beyond presentation_started/stopped (which the session
// store keeps): presentation_frame announces a new still image.
import type { BridgeEvent } from '../../../../electron/shared/bridge';
import { usePresentationStore } from './presentationStore';

export function applyPresentationEvent(event: BridgeEvent): void {
  if (event.type === 'presentation_frame') usePresentationStore().handleFrameNotice(event.frameId);
}
