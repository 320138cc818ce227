// The call is made ready while the person is on the join screen: peer connection, transceivers with
// the preview's tracks, and the offer (nothing reaches the network before the token). Made at the
// click instead, the peer connection and the offer (~15 ms of the renderer's main thread in a CPU
// profile of the bench's join) raced request_token, and lost it in some joins.
import { watch } from 'vue';
import { useCallStore } from '../call/callStore';
import { useDevicesStore } from '../devices/devicesStore';
import type { JoinChoices } from './joinChoices';

export function prepareCallAhead(choices: JoinChoices, joining: () => boolean): void {
  const call = useCallStore();
  const devices = useDevicesStore();
  watch(
    () => [choices.call, devices.stream, joining()] as const,
    ([kind, stream, busy]) => {
      // The join in progress owns the prepared call.
      if (busy) return;
      // Made again once the preview runs (no capture yet, or none wanted).
      if (kind === 'none' || !stream) call.discardPrepared();
      else void call.prepare({ ...choices });
    },
    { immediate: true },
  );
}
