// The conference-wide settings hosts change (mutes, permissions, banner, classification, pinning...).
import type { GuestsCanSeeGuests, RoomConfig } from './roomConfig';

export const DEFAULT_CLASSIFICATION_LEVELS: Record<string, string> = {
  '0': 'Unclassified',
  '1': 'Official',
  '2': 'Official Sensitive',
  '3': 'RESTRICTED',
  '4': 'Confidential',
  '5': 'Secret',
  '6': 'Top Secret',
};

export interface SilentVideoDetection {
  enable: boolean;
  silent_after: number;
  require_no_faces: boolean;
  reactivate_after: number;
}

export interface BreakoutBuzz {
  value: boolean;
  /** Unix seconds when it was last set or cleared. */
  time: number;
}

export class ConferenceState {
  locked: boolean;
  started: boolean;
  guestsMuted = false;
  guestsCanUnmute = true;
  guestsCanPresent: boolean;
  guestsCanSeeGuests: GuestsCanSeeGuests;
  readonly classificationLevels: Record<string, string>;
  classificationCurrent: number | null = null;
  messageText: { text: string; setTime: string } | null = null;
  pinningConfig: string | null = null;
  silentVideoDetection: SilentVideoDetection = {
    enable: true,
    silent_after: 15,
    require_no_faces: true,
    reactivate_after: 2,
  };
  breakoutBuzz: BreakoutBuzz | null = null;

  constructor(config: RoomConfig) {
    this.locked = config.locked ?? false;
    this.started = !(config.waitForHost ?? false);
    this.guestsCanPresent = config.guestsCanPresent ?? true;
    this.guestsCanSeeGuests = config.guestsCanSeeGuests ?? 'no_hosts';
    this.classificationLevels = config.classificationLevels ?? DEFAULT_CLASSIFICATION_LEVELS;
  }

  setMessageText(text: string): void {
    this.messageText = text === '' ? null : { text, setTime: new Date().toISOString() };
  }
}
