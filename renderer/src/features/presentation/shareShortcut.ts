// The stop-sharing shortcut: Ctrl+Shift+E (⌘+Shift+E on macOS), the same everywhere in the app.
export function isStopSharingShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  return event.shiftKey && !event.altKey && (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'e';
}
