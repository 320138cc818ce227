// Words built in scripts (not templates) are message keys too: Settings section headings, shortcut
// descriptions, media options, Call statistics rows and columns; each is in every language and the
// screens show them translated.
import { afterEach, describe, expect, it } from 'vitest';
import { i18n, setLocale, t } from '../../../../renderer/src/i18n';
import { supportedLocales } from '../../../../renderer/src/i18n/locales';
import { limitationText, statisticsColumns, statisticsRows } from '../../../../renderer/src/features/call/callStatisticsText';
import { meetingShortcuts, pushToTalkDescription } from '../../../../renderer/src/features/shortcuts/meetingShortcuts';
import { settingsSections } from '../../../../renderer/src/features/settings/settingsSections';

const scriptKeys = [
  ...settingsSections.map((section) => section.title),
  ...meetingShortcuts.map((shortcut) => shortcut.label),
  pushToTalkDescription.label,
  pushToTalkDescription.keys,
  ...statisticsColumns,
];

afterEach(() => setLocale('en'));

describe('script-side words', () => {
  it('are message keys present in every language', () => {
    for (const key of scriptKeys) for (const locale of supportedLocales) expect(i18n.global.te(key, locale), `${locale} ${key}`).toBe(true);
  });

  it('keep the English names the e2e tests find', () => {
    expect(settingsSections.map((section) => t(section.title))).toEqual(['Joining', 'Conferencing nodes', 'Notifications', 'Desktop', 'Appearance', 'Network', 'Updates']);
    expect(t(pushToTalkDescription.keys)).toBe('Hold Space');
    expect(statisticsRows([]).map((row) => row.label)).toEqual(['Audio in', 'Audio out', 'Video in', 'Video out', 'Presentation in', 'Presentation out']);
  });

  it('are translated: German statistics rows and reasons, Japanese shortcut descriptions, Arabic section headings', () => {
    setLocale('de');
    expect(statisticsRows([])[0]?.label).toBe('Audio eingehend');
    expect(limitationText('cpu')).toBe('Prozessor');
    expect(t(statisticsColumns[6])).toBe('Umlaufzeit');
    setLocale('ja');
    expect(meetingShortcuts.map((shortcut) => t(shortcut.label))).toContain('会議から退出');
    setLocale('ar');
    expect(t(settingsSections[4]?.title ?? '')).toBe('المظهر');
  });
});
