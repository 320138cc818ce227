// "Open in new window": a blank same-origin popup (Electron main allows exactly this one) that
// shows the received presentation, for a second monitor. It can go fullscreen; closing it brings
// the presentation back to the meeting window. Built with the popup's own DOM, never markup text.
import { t } from '../../i18n';
import { windowTitle } from '../../ui/productName';
export const presentationWindowName = 'parley-presentation';

export type PopoutContent = { kind: 'stream'; stream: MediaStream } | { kind: 'still'; url: string } | { kind: 'none' };

export interface PresentationPopout {
  show(content: PopoutContent, caption: string): void;
  close(): void;
}

const popupStyle = `
  html, body { margin: 0; height: 100%; background: #000; color: #e6edf3; font: 15px system-ui, sans-serif; }
  body { display: flex; flex-direction: column; }
  header { display: flex; align-items: center; gap: 1rem; padding: 0.4rem 0.8rem; background: #161b22; }
  header p { margin: 0; flex: 1; }
  button { font: inherit; padding: 0.3rem 0.8rem; border-radius: 6px; border: 1px solid #3b4452; background: #2a313c; color: #fff; cursor: pointer; }
  main { flex: 1; min-height: 0; display: flex; }
  video, img { width: 100%; height: 100%; object-fit: contain; background: #000; }
  :fullscreen header { display: none; }
`;

/** Opens the window; null when it could not be opened (blocked). `onClosed` runs once when it goes away. */
export function openPresentationPopout(onClosed: () => void, host: Pick<Window, 'open'> = window): PresentationPopout | null {
  const popup = host.open('', presentationWindowName, 'popup,width=1280,height=760');
  if (!popup) return null;
  const doc = popup.document;
  doc.title = windowTitle(t('presentation.windowTitle'));
  // A constructed sheet of the popup's own realm: the CSP (inherited from the app) refuses <style> elements.
  const sheet = new (popup as unknown as typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(popupStyle);
  doc.adoptedStyleSheets = [sheet];
  doc.body.replaceChildren();
  const header = doc.createElement('header');
  const caption = doc.createElement('p');
  const fullscreen = doc.createElement('button');
  fullscreen.type = 'button';
  fullscreen.textContent = t('presentation.fullScreen');
  fullscreen.addEventListener('click', () => void doc.documentElement.requestFullscreen().catch(() => undefined));
  header.append(caption, fullscreen);
  const main = doc.createElement('main');
  doc.body.append(header, main);

  let closed = false;
  const finish = (): void => {
    if (closed) return;
    closed = true;
    onClosed();
  };
  popup.addEventListener('pagehide', finish);
  // 'pagehide' is not fired everywhere when the opener closes the window itself.
  const poll = setInterval(() => {
    if (popup.closed) {
      clearInterval(poll);
      finish();
    }
  }, 500);

  let shown: PopoutContent = { kind: 'none' };
  return {
    show(content, text) {
      caption.textContent = text;
      if (content.kind === shown.kind && (content.kind === 'none' || sameContent(content, shown))) return;
      shown = content;
      main.replaceChildren();
      if (content.kind === 'stream') {
        const video = doc.createElement('video');
        video.setAttribute('aria-label', t('presentation.image'));
        video.autoplay = true;
        video.playsInline = true;
        video.muted = true;
        video.srcObject = content.stream;
        main.append(video);
        void video.play().catch(() => undefined);
      } else if (content.kind === 'still') {
        const image = doc.createElement('img');
        image.alt = t('presentation.image');
        image.src = content.url;
        main.append(image);
      }
    },
    close() {
      clearInterval(poll);
      finish();
      if (!popup.closed) popup.close();
    },
  };
}

function sameContent(a: PopoutContent, b: PopoutContent): boolean {
  if (a.kind === 'stream' && b.kind === 'stream') return a.stream === b.stream;
  if (a.kind === 'still' && b.kind === 'still') return a.url === b.url;
  return false;
}
