// The device tests' own words come from the message files: a window that cannot record says so in
// the person's language, and the default speaker is named in it.
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import DeviceTests from '../../../../../renderer/src/features/devices/DeviceTests.vue';
import { useDevicesStore } from '../../../../../renderer/src/features/devices/devicesStore';
import { recordMicrophone } from '../../../../../renderer/src/media/microphoneRecording';
import { setLocale } from '../../../../../renderer/src/i18n';
import { freshStoresWithFakeBridge } from '../../freshStores';

afterEach(() => {
  setLocale('en');
  vi.unstubAllGlobals();
});

describe('the microphone test without a recorder', () => {
  it('gives its reason as a code beside the English', async () => {
    vi.stubGlobal('MediaRecorder', undefined);
    expect(await recordMicrophone({} as MediaStreamTrack)).toEqual({ ok: false, message: 'This window cannot record sound.', wording: 'noRecorder' });
  });

  it('says so in English and in Spanish', async () => {
    vi.stubGlobal('MediaRecorder', undefined);
    const { pinia } = freshStoresWithFakeBridge();
    const devices = useDevicesStore();
    const track = { kind: 'audio' } as MediaStreamTrack;
    devices.stream = { getAudioTracks: () => [track], getVideoTracks: () => [], getTracks: () => [track] } as unknown as MediaStream;
    const view = mount(DeviceTests, { global: { plugins: [pinia] } });
    const testButton = () => view.findAll('button').find((button) => ['Test microphone', 'Probar micrófono'].includes(button.text()));
    expect(testButton()).toBeDefined();
    await testButton()?.trigger('click');
    await vi.waitFor(() => expect(view.text()).toContain('This window cannot record sound.'));
    setLocale('es');
    await testButton()?.trigger('click');
    await vi.waitFor(() => expect(view.text()).toContain('Esta ventana no puede grabar sonido.'));
  });
});
