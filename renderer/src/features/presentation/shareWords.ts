// The share picker's words main builds: a screen Parley named ("Entire screen", "Screen 2") and why
// computer sound can or cannot be shared, said in the person's language from main's codes. Without
// a code (an older main, the browser host's own words) main's English is shown as it came.
import type { ShareCapabilities, ShareSource } from '../../../../electron/shared/presentationCommands';
import { formatNumber, t } from '../../i18n';

export function shareSourceName(source: ShareSource): string {
  const unnamed = source.unnamedScreen;
  if (!unnamed) return source.name;
  return unnamed.only ? t('presentation.sources.entireScreen') : t('presentation.sources.screen', { number: formatNumber(unnamed.number) });
}

export function computerSoundNote(capabilities: ShareCapabilities): string | null {
  if (capabilities.audioNoteCode) return t(`presentation.computerSound.${capabilities.audioNoteCode}`);
  return capabilities.audioNote ?? null;
}

export function computerSoundUnavailable(capabilities: ShareCapabilities): string | null {
  if (capabilities.audioUnavailableCode) return t(`presentation.computerSound.${capabilities.audioUnavailableCode}`);
  return capabilities.audioUnavailable ?? null;
}
