// The display never sleeps while the room is in a meeting.
import { powerSaveBlocker } from 'electron';
import type { KioskStatus } from '../../shared/kioskCommands';

export function keepDisplayAwakeInMeetings(onStatus: (listener: (status: KioskStatus) => void) => () => void): () => void {
  let blocker: number | null = null;
  const release = (): void => {
    if (blocker !== null && powerSaveBlocker.isStarted(blocker)) powerSaveBlocker.stop(blocker);
    blocker = null;
  };
  const unsubscribe = onStatus((status) => {
    if (status.state === 'in_meeting') blocker ??= powerSaveBlocker.start('prevent-display-sleep');
    else release();
  });
  return () => {
    unsubscribe();
    release();
  };
}
