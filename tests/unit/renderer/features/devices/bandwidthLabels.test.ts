// The bandwidth choices' call rates are written the chosen language's way (Intl.NumberFormat).
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import MediaSettings from '../../../../../renderer/src/features/devices/MediaSettings.vue';
import { setLocale } from '../../../../../renderer/src/i18n';
import { freshStoresWithFakeBridge } from '../../freshStores';

afterEach(() => setLocale('en'));

function bandwidthOptions(): string[] {
  const { pinia } = freshStoresWithFakeBridge();
  const view = mount(MediaSettings, { global: { plugins: [pinia] } });
  return view.findAll('option').map((option) => option.text()).filter((text) => /\d{3}/.test(text));
}

describe('bandwidth choices', () => {
  it('group the call rate in English and in German', () => {
    expect(bandwidthOptions()).toEqual(['Low (512 kbps)', 'Medium (1,264 kbps)', 'High (2,464 kbps)', 'Maximum (6,144 kbps)']);
    setLocale('de');
    expect(bandwidthOptions()).toEqual(['Niedrig (512 kbit/s)', 'Mittel (1.264 kbit/s)', 'Hoch (2.464 kbit/s)', 'Maximal (6.144 kbit/s)']);
  });
});
