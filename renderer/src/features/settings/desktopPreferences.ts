// What the renderer does with the desktop settings: an empty join form takes your name and the
// default node, "join with microphone/camera off" preset the join choices, pexip: links follow
// the setting. Theme and language: features/preferences/preferenceChoice.ts.
import type { DesktopSettings } from '../../../../electron/shared/bridge';
import type { JoinChoices } from '../join/joinChoices';

export interface JoinForm {
  node: string;
  displayName: string;
}

/** Fills only what is still empty (a link or launch flag always wins). */
export function prefillFromSettings(form: JoinForm, choices: JoinChoices, settings: DesktopSettings): void {
  if (!form.displayName.trim() && settings.displayName) form.displayName = settings.displayName;
  if (!form.node.trim() && settings.defaultNode) form.node = settings.defaultNode;
  if (settings.joinMuted.microphone) choices.muteMicrophone = true;
  if (settings.joinMuted.camera) choices.muteCamera = true;
}
