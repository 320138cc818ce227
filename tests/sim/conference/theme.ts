// The conference theme's splash screens (direct media clients render them locally) and resources.
import { themeBackgroundJpeg } from '../images/jpegImages';

const WHITE = 0xffffffff;

const SCREENS: Record<string, string> = {
  direct_media_welcome: 'Welcome! You are the first to join.',
  direct_media_waiting_for_host: 'Waiting for the host to start the meeting.',
  direct_media_other_participants_audio_only: 'The other participant is audio only.',
  direct_media_escalate: 'More people are joining: switching to a conference.',
  direct_media_deescalate: 'Back to a direct call.',
};

export const THEME_BACKGROUND = 'background.jpg';

export function themeScreens(): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(SCREENS).map(([key, text]) => [
      key,
      { layout_type: 'direct_media', background: { path: THEME_BACKGROUND }, elements: [{ type: 'text', color: WHITE, text }] },
    ]),
  );
}

let background: Buffer | undefined;

/** A theme resource's bytes and type, or undefined if the theme has no such resource. */
export function themeResource(path: string): { type: string; body: Buffer } | undefined {
  if (path !== THEME_BACKGROUND) return undefined;
  background ??= themeBackgroundJpeg();
  return { type: 'image/jpeg', body: background };
}
