// Polite announcements for screen readers (one live region, shown by LiveAnnouncer). The same
// words said twice are still announced: the region is emptied first.
import { defineStore } from 'pinia';
import { nextTick, ref } from 'vue';

/** Long chat messages are cut: a screen reader user can read the rest in the chat. */
const maxLength = 240;

export const useAnnouncementsStore = defineStore('announcements', () => {
  const text = ref('');
  const history = ref<string[]>([]);

  async function announce(...lines: string[]): Promise<void> {
    const said = lines.filter((line) => line.trim() !== '').map((line) => (line.length > maxLength ? `${line.slice(0, maxLength)}…` : line));
    if (said.length === 0) return;
    history.value = [...history.value, ...said].slice(-20);
    text.value = '';
    await nextTick();
    text.value = said.join('. ');
  }

  function reset(): void {
    text.value = '';
    history.value = [];
  }

  return { text, history, announce, reset };
});
