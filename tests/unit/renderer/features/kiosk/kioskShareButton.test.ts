// The room's share control: the video inputs other than the room camera; with one of them, a
// single tap presents it; with several, a choice; with none, the PC's own screen.
import { mount } from '@vue/test-utils';
import type { Pinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import KioskShareButton from '../../../../../renderer/src/features/kiosk/KioskShareButton.vue';
import type { CallPeer } from '../../../../../renderer/src/media/callPeer';
import { useCallStore } from '../../../../../renderer/src/features/call/callStore';
import { useDevicesStore } from '../../../../../renderer/src/features/devices/devicesStore';
import { usePresentationStore } from '../../../../../renderer/src/features/presentation/presentationStore';
import { freshStoresWithFakeBridge } from '../../freshStores';

const roomCamera = { deviceId: 'rally', label: 'Logitech Rally Camera' };
const hdmi = { deviceId: 'hdmi', label: 'Cam Link 4K' };
const second = { deviceId: 'hdmi-2', label: 'USB Capture HDMI' };

describe('kiosk share control', () => {
  let pinia: Pinia;
  let share: ReturnType<typeof vi.fn<(deviceId: string) => Promise<void>>>;

  function withCameras(cameras: { deviceId: string; label: string }[]) {
    const devices = useDevicesStore();
    devices.lists = { camera: cameras, microphone: [], speaker: [] };
    const track = { getSettings: () => ({ deviceId: roomCamera.deviceId }) };
    devices.stream = { getVideoTracks: () => [track], getTracks: () => [track] } as unknown as MediaStream;
    return mount(KioskShareButton, { global: { plugins: [pinia] } });
  }

  beforeEach(() => {
    ({ pinia } = freshStoresWithFakeBridge());
    useCallStore().currentPeer = {} as unknown as CallPeer;
    share = vi.fn(async (deviceId: string) => void deviceId);
    vi.spyOn(usePresentationStore(), 'shareVideoInput').mockImplementation(share);
  });

  it('one other input: a single tap shares it, never the room camera', async () => {
    const view = withCameras([roomCamera, hdmi]);
    const buttons = view.findAll('button');
    expect(buttons.map((button) => button.text())).toEqual(['Share Cam Link 4K']);
    await buttons[0]?.trigger('click');
    expect(share).toHaveBeenCalledWith('hdmi');
  });

  it('several other inputs: a choice between them', async () => {
    const view = withCameras([roomCamera, hdmi, second]);
    await view.get('button').trigger('click');
    const group = view.get('[role="group"]');
    expect(group.attributes('aria-label')).toBe('Inputs to share');
    expect(group.findAll('button').map((button) => button.text())).toEqual(['Share Cam Link 4K', 'Share USB Capture HDMI']);
    await group.findAll('button')[1]?.trigger('click');
    expect(share).toHaveBeenCalledWith('hdmi-2');
  });

  it('no other input: the screen share button instead', () => {
    const view = withCameras([roomCamera]);
    expect(view.findAll('button').map((button) => button.text())).toEqual(['Share screen']);
    expect(share).not.toHaveBeenCalled();
  });
});
