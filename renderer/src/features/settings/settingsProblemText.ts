// Settings problems in the person's language. Main sends codes beside its English (a damaged
// settings file kept as a backup, an ignored policy file, a refused change); in English main's
// words are shown as they came (they name the bad value), otherwise the code's translation.
import type { CommandError, SettingsView } from '../../../../electron/shared/bridge';
import { currentLocale, t } from '../../i18n';
import { commandErrorText } from '../../i18n/commandErrorText';

/** Why the settings could not be read as they were, one sentence each (none when fine). */
export function settingsProblemTexts(view: SettingsView): string[] {
  if (currentLocale() === 'en' || !view.problems?.length) return view.problem ? [view.problem] : [];
  return view.problems.map((problem) => ('backup' in problem ? t(`settings.problems.${problem.code}`, { backup: problem.backup }) : t(`settings.problems.${problem.code}`)));
}

const errorWords: Partial<Record<CommandError['code'], string>> = {
  forbidden: 'settings.problems.locked',
  invalid_argument: 'settings.problems.invalid',
  failed: 'settings.problems.notSaved',
};

/** Why a change was not saved (a worded refusal in its own words, else by its code). */
export function settingsErrorText(error: CommandError): string {
  if (error.wording) return commandErrorText(error);
  const key = errorWords[error.code];
  return currentLocale() === 'en' || !key ? error.message : t(key);
}
