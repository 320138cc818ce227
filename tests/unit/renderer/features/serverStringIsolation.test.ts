// Every string a node (or a certificate, or the room's configuration) supplies sits in its own
// <bdi>: a right-to-left override in a conference name, banner, reason or certificate field cannot
// reorder the words Parley puts around it.
import { flushPromises, mount, shallowMount, type VueWrapper } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import ConferenceBanner from '../../../../renderer/src/features/meeting/ConferenceBanner.vue';
import MeetingView from '../../../../renderer/src/features/meeting/MeetingView.vue';
import KioskMeeting from '../../../../renderer/src/features/kiosk/KioskMeeting.vue';
import KioskStatusScreen from '../../../../renderer/src/features/kiosk/KioskStatusScreen.vue';
import CertificateDecision from '../../../../renderer/src/features/join/CertificateDecision.vue';
import { useConferenceSignalsStore } from '../../../../renderer/src/features/meeting/conferenceSignals';
import { useKioskStore } from '../../../../renderer/src/features/kiosk/kioskStore';
import { useSessionStore } from '../../../../renderer/src/features/session/sessionStore';
import type { ConferenceStatus } from '../../../../electron/shared/meeting';
import type { KioskStatus } from '../../../../electron/shared/kioskCommands';
import { freshStoresWithFakeBridge } from '../freshStores';
import { joinedInfo } from '../fakeBridge';

/** U+202E RIGHT-TO-LEFT OVERRIDE: flips everything after it unless isolated. */
const hostile = (label: string) => `\u202E${label}`;

function expectIsolated(view: VueWrapper, text: string): void {
  const isolated = view.findAll('bdi').map((bdi) => bdi.text());
  expect(isolated).toContain(text);
}

describe('server strings are isolated', () => {
  it('ConferenceBanner: classification, banner message, breakout room name', async () => {
    const { pinia, bridge } = freshStoresWithFakeBridge();
    bridge.api.getConferenceSignals.mockResolvedValue({
      ok: true,
      value: { recording: false, streaming: false, breakoutName: hostile('Room A'), openBreakouts: 0, splashScreen: null },
    });
    const view = mount(ConferenceBanner, { global: { plugins: [pinia] } });
    useSessionStore().conference = { classification: hostile('SECRET'), messageText: hostile('Banner') } as ConferenceStatus;
    await useConferenceSignalsStore().refresh();
    await flushPromises();
    for (const text of [hostile('SECRET'), hostile('Banner'), hostile('Room A')]) expectIsolated(view, text);
  });

  it('MeetingView and KioskMeeting: the conference name', () => {
    const { pinia } = freshStoresWithFakeBridge();
    const info = joinedInfo({ conferenceName: hostile('Board meeting') });
    for (const component of [MeetingView, KioskMeeting]) {
      const view = shallowMount(component, { props: { info }, global: { plugins: [pinia], renderStubDefaultSlot: true } });
      expectIsolated(view, hostile('Board meeting'));
    }
  });

  it('KioskStatusScreen: room name, reason and meeting', () => {
    const { pinia } = freshStoresWithFakeBridge();
    const kiosk = useKioskStore();
    kiosk.status = { state: 'idle', displayName: hostile('Room 1'), alias: hostile('meet.room'), reason: hostile('Ended by host'), calendar: null } as unknown as KioskStatus;
    const view = shallowMount(KioskStatusScreen, { global: { plugins: [pinia] } });
    for (const text of [hostile('Room 1'), hostile('meet.room'), hostile('Ended by host')]) expectIsolated(view, text);
  });

  it('CertificateDecision: host, subject and issuer the node presented', () => {
    const { pinia } = freshStoresWithFakeBridge();
    const certificate = {
      host: hostile('node.example.com'),
      fingerprint: 'AA:BB',
      subject: hostile('CN=node'),
      issuer: hostile('CN=Private CA'),
      validFrom: '2026-01-01',
      validTo: '2027-01-01',
    };
    const view = mount(CertificateDecision, { props: { certificate }, global: { plugins: [pinia] } });
    for (const text of [certificate.host, certificate.subject, certificate.issuer]) expectIsolated(view, text);
  });
});
