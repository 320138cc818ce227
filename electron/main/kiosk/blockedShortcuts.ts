// Keys that would close, reload, inspect or leave the kiosk window. The admin combination
// (Ctrl+Alt+Shift+K) is not among them: the room screen opens the admin PIN prompt on it.
export interface KeyInput {
  type: string;
  key: string;
  control: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
}

const functionKeys = new Set(['F4', 'F5', 'F11', 'F12']);
const commandLetters = new Set(['W', 'Q', 'R', 'N', 'T', 'H', 'M', 'P', 'O', 'S', 'L', 'I', 'J', 'U']);

export function isBlockedShortcut(input: KeyInput): boolean {
  if (input.type !== 'keyDown') return false;
  const key = input.key.length === 1 ? input.key.toUpperCase() : input.key;
  if (input.control && input.alt && input.shift && key === 'K') return false;
  if (functionKeys.has(key)) return true;
  if ((input.control || input.meta) && commandLetters.has(key)) return true;
  // macOS's default menu: View > Toggle Full Screen (Ctrl+Cmd+F) would leave the kiosk's fullscreen.
  if (input.control && input.meta && key === 'F') return true;
  // Alt+Left/Right (history), Alt+Home, Alt+Space (window menu on Windows).
  if (input.alt && (key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home' || key === ' ')) return true;
  return false;
}
