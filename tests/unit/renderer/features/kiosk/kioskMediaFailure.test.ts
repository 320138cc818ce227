// The room display's call problem reaches main in English (its log and health document), whatever
// the room's language; main shows that English back as the reason, and the display says it in the
// room's language from what it kept, again in the new language after a change.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import type { KioskStatus } from '../../../../../electron/shared/kioskCommands';
import { useCallStore } from '../../../../../renderer/src/features/call/callStore';
import { kioskReasonText } from '../../../../../renderer/src/features/kiosk/kioskReasonText';
import { useKioskStore } from '../../../../../renderer/src/features/kiosk/kioskStore';
import { setLocale } from '../../../../../renderer/src/i18n';
import { mediaFailure } from '../../../../../renderer/src/media/mediaFailure';
import type { FakeBridge } from '../../fakeBridge';
import { freshStoresWithFakeBridge } from '../../freshStores';

type Commands = Record<string, ReturnType<typeof vi.fn>>;

const inMeeting = {
  state: 'in_meeting',
  language: 'de',
  meeting: null,
  reason: null,
  reasonWording: null,
  room: { micMuted: false, cameraOff: false, volume: 100, captions: false, layout: null },
} as unknown as KioskStatus;

describe('the room display reports failed media', () => {
  let commands: Commands;

  beforeEach(() => {
    const { bridge }: { bridge: FakeBridge } = freshStoresWithFakeBridge();
    commands = bridge.api as unknown as Commands;
    commands.kioskStatus = vi.fn(async () => ({ ok: true, value: inMeeting }));
    commands.kioskMediaFailed = vi.fn(async () => ({ ok: true, value: null }));
  });
  afterEach(() => setLocale('en'));

  async function failCall(problem: ReturnType<typeof useCallStore>['problemParts']) {
    const kiosk = useKioskStore();
    await kiosk.start();
    const call = useCallStore();
    call.problemParts = problem;
    call.status = 'disconnected';
    await nextTick();
    return kiosk;
  }

  it("sends main English in a German room, and shows main's reason in the room's language", async () => {
    const kiosk = await failCall({ said: 'disconnected', reason: { media: mediaFailure('mediaLost', 'ICE gave up') } });
    const english = 'The call was disconnected: the media connection was lost and could not be restored (ICE gave up)';
    expect(commands.kioskMediaFailed).toHaveBeenCalledWith({ reason: english });
    // Main sends its reason back as it was given, marked as the display's own: the room reads it in German, then French.
    const status = { reason: english, reasonWording: { kind: 'display' as const } };
    expect(kioskReasonText(status, kiosk.reportedMediaFailure)).toBe(
      'Der Anruf wurde getrennt: die Medienverbindung ist abgebrochen und konnte nicht wiederhergestellt werden (ICE gave up)',
    );
    setLocale('fr');
    expect(kioskReasonText(status, kiosk.reportedMediaFailure)).toBe(
      "L’appel a été coupé : la connexion média a été perdue et n'a pas pu être rétablie (ICE gave up)",
    );
    // Told by the wording, not by matching main's text: a reworded English is said the same way.
    expect(kioskReasonText({ reason: `${english}.`, reasonWording: { kind: 'display' } }, kiosk.reportedMediaFailure)).toBe(
      "L’appel a été coupé : la connexion média a été perdue et n'a pas pu être rétablie (ICE gave up)",
    );
    // Another reason from main (not the display's) stays as it came, even if it reads the same.
    expect(kioskReasonText({ reason: 'Removed by host', reasonWording: null }, kiosk.reportedMediaFailure)).toBe('Removed by host');
    expect(kioskReasonText({ reason: english, reasonWording: null }, kiosk.reportedMediaFailure)).toBe(english);
    // A display that kept nothing (reloaded) shows main's English.
    expect(kioskReasonText(status, null)).toBe(english);
  });

  it("keeps the node's reason as it came inside the English", async () => {
    await failCall({ said: 'disconnected', reason: { asItCame: 'Media timeout' } });
    expect(commands.kioskMediaFailed).toHaveBeenCalledWith({ reason: 'The call was disconnected: Media timeout' });
  });

  it("without a problem of its own, leaves the reason to main's own wording", async () => {
    const kiosk = await failCall(null);
    expect(commands.kioskMediaFailed).toHaveBeenCalledWith({ reason: '' });
    expect(kiosk.reportedMediaFailure).toBeNull();
  });
});
