// A failed command in the person's language: main's English as it came in English, the wording's
// translation otherwise (an inner failure's wording and counts inside it, Pexip's reason after it),
// and an older main's error without a wording kept in its English.
import { afterEach, describe, expect, it } from 'vitest';
import { commandErrorText, commandRefusalText } from '../../../../renderer/src/i18n/commandErrorText';
import { messages, setLocale } from '../../../../renderer/src/i18n';
import { supportedLocales } from '../../../../renderer/src/i18n/locales';
import type { CommandWording } from '../../../../electron/shared/bridge';

afterEach(() => setLocale('en'));

const forbidden = { message: 'The meeting server did not allow this.', wording: 'forbidden' as const, detail: 'Permission denied' };

describe('command errors in the chosen language', () => {
  it("say in English exactly what main says, with the node's reason after it", () => {
    expect(commandErrorText(forbidden)).toBe(forbidden.message);
    expect(commandRefusalText(forbidden)).toBe('The meeting server did not allow this. (Permission denied)');
  });

  it("translate the wording, keeping Pexip's own reason as it came", () => {
    setLocale('de');
    expect(commandRefusalText(forbidden)).toBe('Der Meeting-Server hat dies nicht erlaubt. (Permission denied)');
    setLocale('ja');
    expect(commandErrorText({ message: 'You are not in a meeting.', wording: 'notJoined' })).toBe('会議に参加していません。');
  });

  it('insert counts and translate the failure a sentence frames', () => {
    setLocale('fr');
    expect(commandErrorText({ message: 'Only 1 of 3 …', wording: 'breakoutsPartlyOpened', values: { opened: 1, total: 3 } })).toBe(
      "Seules 1 salles de sous-groupe sur 3 ont pu être ouvertes ; les autres n'ont pas été créées.",
    );
    setLocale('es');
    expect(commandErrorText({ message: 'Live captions could not start. Parley could not reach the meeting server.', wording: 'captionsFailed', values: { cause: 'unreachable' } })).toBe(
      'No se pudieron iniciar los subtítulos en directo. Parley no pudo conectar con el servidor de reuniones.',
    );
  });

  it("keep an older main's English when there is no wording, or one this renderer does not know", () => {
    setLocale('nb');
    expect(commandErrorText({ message: 'Something main said.' })).toBe('Something main said.');
    expect(commandErrorText({ message: 'Something newer.', wording: 'fromTheFuture' as CommandWording })).toBe('Something newer.');
  });

  it('have every wording translated in every language', () => {
    const english = messages.en.commandError as Record<string, string>;
    for (const locale of supportedLocales.filter((candidate) => candidate !== 'en')) {
      setLocale(locale);
      for (const [wording, text] of Object.entries(english)) {
        expect(commandErrorText({ message: text, wording: wording as CommandWording }), `${locale} ${wording}`).not.toBe(text);
      }
    }
  });
});
