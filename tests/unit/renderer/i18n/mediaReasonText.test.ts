// Parley's own reasons for a media step that did not happen, in the person's language: the same
// English as the failure's message, translated elsewhere, with the browser's or node's inner reason
// kept as it came; a reason without a wording is shown as it came.
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../../renderer/src/i18n';
import { mediaReasonText } from '../../../../renderer/src/i18n/mediaReasonText';
import { mediaFailure, type MediaReasonWording } from '../../../../renderer/src/media/mediaFailure';

afterEach(() => setLocale('en'));

const wordings: MediaReasonWording[] = ['callClosed', 'noCallToUpdate', 'presentationOnlyNoVideo', 'nothingCaptured', 'captureChanged', 'mediaLost'];

describe('media failure reasons', () => {
  it('read in English exactly as the failure says them', () => {
    for (const wording of wordings) expect(mediaReasonText(mediaFailure(wording))).toBe(mediaFailure(wording).message);
    expect(mediaReasonText(mediaFailure('mediaLost', 'the node refused the update'))).toBe(
      'the media connection was lost and could not be restored (the node refused the update)',
    );
  });

  it("are translated, with the node's inner reason as it came", () => {
    setLocale('de');
    expect(mediaReasonText(mediaFailure('callClosed'))).toBe('der Anruf wurde beendet');
    expect(mediaReasonText(mediaFailure('mediaLost', 'the node refused the update'))).toBe(
      'die Medienverbindung ist abgebrochen und konnte nicht wiederhergestellt werden (the node refused the update)',
    );
    setLocale('ar');
    for (const wording of wordings) expect(mediaReasonText(mediaFailure(wording))).not.toBe(mediaFailure(wording).message);
  });

  it("show the browser's own reason as it came", () => {
    setLocale('fr');
    expect(mediaReasonText({ message: 'Permission denied' })).toBe('Permission denied');
  });
});
