// The presentation in its own window: opened on request, following what is received (stream or
// still), closed when the presentation ends. Part of the presentation store.
import { markRaw, ref, type Ref } from 'vue';
import { openPresentationPopout, type PopoutContent, type PresentationPopout } from './presentationPopout';
import type { PresentationReceiving } from './presentationReceiving';
import type { PresentationNotice } from './presentationTexts';

type ReceivedContent = Pick<PresentationReceiving, 'incoming' | 'incomingStream' | 'showStills' | 'stillUrl'>;

export function createPresentationWindow(received: ReceivedContent, notice: Ref<PresentationNotice | null>) {
  const poppedOut = ref(false);
  let popout: PresentationPopout | null = null;

  function popoutContent(): PopoutContent {
    const stillUrl = received.stillUrl.value;
    if (received.showStills.value) return stillUrl ? { kind: 'still', url: stillUrl } : { kind: 'none' };
    const stream = received.incomingStream.value;
    return stream ? { kind: 'stream', stream } : { kind: 'none' };
  }

  /** Shows what is received now, or closes the window when nothing is. */
  function refreshPopout(): void {
    if (!popout) return;
    const incoming = received.incoming.value;
    if (!incoming) {
      closePopout();
      return;
    }
    popout.show(popoutContent(), `${incoming.presenterName} is presenting`);
  }

  function openInNewWindow(): void {
    if (popout || !received.incoming.value) return;
    const opened = openPresentationPopout(() => {
      if (popout === opened) popout = null;
      poppedOut.value = false;
    });
    if (!opened) {
      notice.value = { kind: 'failed', words: { said: 'popupBlocked' } };
      return;
    }
    popout = markRaw(opened);
    poppedOut.value = true;
    refreshPopout();
  }

  function closePopout(): void {
    const current = popout;
    popout = null;
    poppedOut.value = false;
    current?.close();
  }

  return { poppedOut, openInNewWindow, closePopout, refreshPopout };
}
