// Dialogs take focus, keep Tab inside, close on Escape (the owner decides) and give focus back.
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick, ref } from 'vue';
import ConfirmDialog from '../../../../renderer/src/ui/ConfirmDialog.vue';

const Owner = defineComponent({
  setup() {
    const open = ref(false);
    const cancelled = ref(0);
    return () =>
      h('div', [
        h('button', { id: 'opener', onClick: () => (open.value = true) }, 'Open'),
        open.value
          ? h(ConfirmDialog, {
              title: 'End the meeting for everyone?',
              message: 'Everyone will be disconnected.',
              confirmLabel: 'End meeting',
              onCancel: () => {
                cancelled.value += 1;
                open.value = false;
              },
              onConfirm: () => (open.value = false),
            })
          : null,
        h('output', { id: 'cancelled' }, String(cancelled.value)),
      ]);
  },
});

async function settle(): Promise<void> {
  for (let i = 0; i < 3; i += 1) await nextTick();
}

describe('a modal dialog', () => {
  it('takes focus, keeps Tab inside, closes on Escape and gives focus back to its opener', async () => {
    const view = mount(Owner, { attachTo: document.body });
    const opener = view.get('#opener');
    (opener.element as HTMLButtonElement).focus();
    await opener.trigger('click');
    await settle();

    const dialog = view.get('[role="alertdialog"]');
    expect(dialog.attributes('aria-modal')).toBe('true');
    expect(document.activeElement?.textContent?.trim()).toBe('Cancel');

    // Tab from the last button wraps to the first, Shift+Tab from the first to the last.
    const buttons = dialog.findAll('button');
    (buttons[1]?.element as HTMLButtonElement).focus();
    await dialog.trigger('keydown', { key: 'Tab' });
    expect(document.activeElement).toBe(buttons[0]?.element);
    await dialog.trigger('keydown', { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(buttons[1]?.element);

    await dialog.trigger('keydown', { key: 'Escape' });
    await settle();
    expect(view.find('[role="alertdialog"]').exists()).toBe(false);
    expect(view.get('#cancelled').text()).toBe('1');
    expect(document.activeElement).toBe(opener.element);
    view.unmount();
  });
});
