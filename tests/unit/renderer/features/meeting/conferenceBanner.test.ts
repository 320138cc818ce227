import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import ConferenceBanner from '../../../../../renderer/src/features/meeting/ConferenceBanner.vue';
import { useConferenceSignalsStore } from '../../../../../renderer/src/features/meeting/conferenceSignals';
import { freshStoresWithFakeBridge } from '../../freshStores';

const noSignals = { recording: false, streaming: false, breakoutName: null, openBreakouts: 0 };

describe('ConferenceBanner', () => {
  it('names a known splash screen in words', async () => {
    const { pinia, bridge } = freshStoresWithFakeBridge();
    bridge.api.getConferenceSignals.mockResolvedValue({ ok: true, value: { ...noSignals, splashScreen: 'direct_media_waiting_for_host' } });
    const view = mount(ConferenceBanner, { global: { plugins: [pinia] } });
    await useConferenceSignalsStore().refresh();
    await flushPromises();
    expect(view.text()).toContain('Waiting for the host…');
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('shows a neutral text for a splash key the node invents (%s)', async (key) => {
    const { pinia, bridge } = freshStoresWithFakeBridge();
    bridge.api.getConferenceSignals.mockResolvedValue({ ok: true, value: { ...noSignals, splashScreen: key } });
    const view = mount(ConferenceBanner, { global: { plugins: [pinia] } });
    await useConferenceSignalsStore().refresh();
    await flushPromises();
    expect(view.text()).toContain('Please wait…');
    expect(view.text()).not.toContain('function');
  });
});
