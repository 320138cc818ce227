// The presenting bar's notice is put into words where it shows: switching the language while it
// shows says it again in the new language, with a browser's own reason kept as it came.
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { setLocale } from '../../../../../renderer/src/i18n';
import PresentingBar from '../../../../../renderer/src/features/presentation/PresentingBar.vue';
import { usePresentationStore } from '../../../../../renderer/src/features/presentation/presentationStore';

describe('the presenting bar notice', () => {
  afterEach(() => setLocale('en'));

  it('follows a language switch while it shows', async () => {
    setActivePinia(createPinia());
    const presentation = usePresentationStore();
    presentation.notice = { kind: 'failed', words: { said: 'failed', source: 'screen', reason: { asItCame: 'Could not start video source' } } };
    const bar = mount(PresentingBar);
    await nextTick();
    expect(bar.find('.presentation-notice p').text()).toBe('Your screen could not be shared: Could not start video source');
    setLocale('fr');
    await nextTick();
    expect(bar.find('.presentation-notice p').text()).not.toContain('Your screen');
    expect(bar.find('.presentation-notice p').text()).toContain('Could not start video source');
    presentation.notice = { kind: 'failed', words: { said: 'failed', source: 'screen', reason: { nothingCaptured: 'screen' } } };
    setLocale('de');
    await nextTick();
    expect(bar.find('.presentation-notice p').text()).not.toMatch(/screen|captured/i);
    bar.unmount();
  });
});
