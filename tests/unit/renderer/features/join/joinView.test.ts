import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { installBridge } from '../../../../../renderer/src/bridge';
import { setLocale } from '../../../../../renderer/src/i18n';
import { useSessionStore } from '../../../../../renderer/src/features/session/sessionStore';
import JoinView from '../../../../../renderer/src/features/join/JoinView.vue';
import { subscribeToBridge } from '../../../../../renderer/src/features/session/bridgeEvents';
import { createFakeBridge, type FakeBridge } from '../../fakeBridge';

function labelledInput(wrapper: ReturnType<typeof mount>, name: string): HTMLInputElement {
  const label = wrapper.findAll('label').find((candidate) => candidate.text() === name);
  if (!label) throw new Error(`no label "${name}"`);
  const input = wrapper.find(`#${label.attributes('for')}`);
  if (!input.exists()) throw new Error(`label "${name}" points at nothing`);
  return input.element as HTMLInputElement;
}

describe('JoinView', () => {
  let bridge: FakeBridge;
  let wrapper: ReturnType<typeof mount> | null = null;

  beforeEach(() => {
    localStorage.clear();
    const pinia = createPinia();
    setActivePinia(pinia);
    bridge = createFakeBridge();
    installBridge(bridge.api);
    wrapper = mount(JoinView, {
      attachTo: document.body,
      global: { plugins: [pinia], stubs: { DevicePreflight: true } },
    });
  });

  afterEach(() => {
    wrapper?.unmount();
  });

  function fill(view: ReturnType<typeof mount>): void {
    labelledInput(view, 'Conferencing node').value = 'node.example.com';
    labelledInput(view, 'Conferencing node').dispatchEvent(new Event('input'));
    for (const [name, value] of [
      ['Meeting', 'meet.alice'],
      ['Your name', 'Bob'],
    ] as const) {
      labelledInput(view, name).value = value;
      labelledInput(view, name).dispatchEvent(new Event('input'));
    }
  }

  it('renders the labelled join fields, a password PIN field and a Join button', () => {
    const view = wrapper!;
    for (const name of ['Conferencing node', 'Meeting', 'Your name']) {
      expect(labelledInput(view, name).tagName).toBe('INPUT');
    }
    expect(labelledInput(view, 'PIN').type).toBe('password');
    expect(view.find('button[type="submit"]').text()).toBe('Join');
    expect(view.find('[role="alert"]').exists()).toBe(false);
  });

  it('says what is wrong with the form again in the new language after a switch', async () => {
    const view = wrapper!;
    const alert = () => view.get('[role="alert"]').text();
    try {
      await view.find('form').trigger('submit');
      expect(alert()).toBe('Enter the meeting and the conferencing node (or the meeting as alias@domain).');
      setLocale('de');
      await flushPromises();
      expect(alert()).toBe('Geben Sie das Meeting und den Konferenzknoten ein (oder das Meeting als alias@domain).');

      setLocale('en');
      await flushPromises();
      fill(view);
      labelledInput(view, 'Your name').value = 'x'.repeat(300);
      labelledInput(view, 'Your name').dispatchEvent(new Event('input'));
      await view.find('form').trigger('submit');
      expect(alert()).toBe('Your name is too long: use at most 256 characters (it has 300).');
      setLocale('es');
      await flushPromises();
      expect(alert()).toBe('Su nombre es demasiado largo: use como máximo 256 caracteres (tiene 300).');

      // A pasted link the parser refused: its code, said in the language of the moment it is read.
      const paste = new Event('paste', { cancelable: true });
      Object.defineProperty(paste, 'clipboardData', { value: { getData: () => 'https://meet.example.com/' } });
      labelledInput(view, 'Reunión').dispatchEvent(paste);
      await flushPromises();
      expect(alert()).toBe('Esta dirección no es un enlace de reunión de Pexip (no indica ninguna conferencia).');
      setLocale('de');
      await flushPromises();
      expect(alert()).toBe('Diese Adresse ist kein Pexip-Meeting-Link (sie nennt keine Konferenz).');
      expect(bridge.api.join).not.toHaveBeenCalled();
    } finally {
      setLocale('en');
    }
  });

  it('shows the message in an alert and prompts for the PIN on pin_required', async () => {
    bridge.api.join.mockResolvedValueOnce({
      ok: false,
      error: { code: 'pin_required', message: 'This meeting is protected by a PIN.', hostPin: 'required', guestPin: 'none' },
    });
    const view = wrapper!;
    fill(view);
    await view.find('form').trigger('submit');
    await flushPromises();
    expect(bridge.api.join).toHaveBeenCalledWith({ node: 'node.example.com', alias: 'meet.alice', displayName: 'Bob' });
    expect(view.find('[role="alert"]').text()).toBe('This meeting is protected by a PIN.');
    const pin = labelledInput(view, 'PIN');
    expect(document.activeElement).toBe(pin);
    const hint = view.find(`#${pin.getAttribute('aria-describedby')}`);
    expect(hint.text()).toBe('Hosts need a PIN; guests may join without one: leave it empty.');
    expect(view.find('button[type="submit"]').text()).toBe('Join');
  });

  it('asks to confirm "This node does not use encryption" and joins again with that confirmation', async () => {
    bridge.api.join.mockResolvedValueOnce({
      ok: false,
      error: { code: 'unencrypted_node', message: 'node.example.com does not use encryption.', host: 'node.example.com' },
    });
    const view = wrapper!;
    fill(view);
    const unconfirmed = () => view.findAll('label').find((label) => label.text() === 'This node does not use encryption');
    expect(unconfirmed()).toBeUndefined();
    await view.find('form').trigger('submit');
    await flushPromises();
    const confirm = unconfirmed()?.find('input');
    expect(confirm?.attributes('type')).toBe('checkbox');
    await confirm!.setValue(true);
    await view.find('form').trigger('submit');
    await flushPromises();
    expect(bridge.api.join).toHaveBeenLastCalledWith({ node: 'node.example.com', alias: 'meet.alice', displayName: 'Bob', allowUnencrypted: true });
  });

  it('forgets the confirmation when another node is typed', async () => {
    const session = useSessionStore();
    session.form.node = 'http://a.example';
    session.form.allowUnencrypted = true;
    session.form.node = 'http://b.example';
    await flushPromises();
    expect(session.form.allowUnencrypted).toBe(false);
  });

  it('disables the button and shows progress while joining', async () => {
    let answer: (value: unknown) => void = () => undefined;
    bridge.api.join.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    const view = wrapper!;
    fill(view);
    await view.find('form').trigger('submit');
    const button = view.find('button[type="submit"]');
    expect(button.text()).toBe('Joining…');
    expect(button.attributes('disabled')).toBeDefined();
    answer({ ok: false, error: { code: 'maintenance', message: 'The service is in maintenance.' } });
    await flushPromises();
    expect(view.find('button[type="submit"]').text()).toBe('Join');
    expect(view.find('[role="alert"]').text()).toBe('The service is in maintenance.');
    expect(useSessionStore().form.alias).toBe('meet.alice');
  });

  it('asks for the meeting extension with its own labelled field', async () => {
    bridge.api.join.mockResolvedValueOnce({
      ok: false,
      error: { code: 'extension_required', message: 'Which meeting?', extensionType: 'standard' },
    });
    const view = wrapper!;
    fill(view);
    await view.find('form').trigger('submit');
    await flushPromises();
    const extension = labelledInput(view, 'Meeting extension');
    expect(document.activeElement).toBe(extension);
    expect(view.find('form').findAll('button').map((button) => button.text())).toEqual(['Join']);
  });

  it('lists identity providers by name for sso_required', async () => {
    bridge.api.join.mockResolvedValueOnce({
      ok: false,
      error: {
        code: 'sso_required',
        message: 'Sign in to join.',
        identityProviders: [
          { uuid: '1', name: 'Contoso ID', img: 'data:image/png;base64,iVBORw0KGgo=' },
          { uuid: '2', name: '<b>Okta</b>' },
        ],
      },
    });
    const view = wrapper!;
    fill(view);
    await view.find('form').trigger('submit');
    await flushPromises();
    expect(view.findAll('.sso li').map((item) => item.text())).toEqual(['Sign in with Contoso ID', 'Sign in with <b>Okta</b>']);
    // The picture is an image, the name is text: nothing the node sends becomes markup.
    expect(view.find('.sso li img').attributes('src')).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(view.find('.sso b').exists()).toBe(false);
  });

  it('signs in with the chosen provider through joinWithSso and remembers it for the node', async () => {
    bridge.api.join.mockResolvedValueOnce({
      ok: false,
      error: { code: 'sso_required', message: 'Sign in to join.', identityProviders: [{ uuid: '1', name: 'A' }, { uuid: '2', name: 'B' }] },
    });
    bridge.api.joinWithSso.mockResolvedValueOnce({
      ok: false,
      error: { code: 'sso_failed', reason: 'cancelled', message: 'Sign-in was cancelled. Sign in again to join.' },
    });
    const view = wrapper!;
    fill(view);
    await view.find('form').trigger('submit');
    await flushPromises();
    const second = view.findAll('.sso button').find((button) => button.text() === 'Sign in with B');
    await second!.trigger('click');
    await flushPromises();
    expect(bridge.api.joinWithSso).toHaveBeenCalledWith(expect.objectContaining({ identityProvider: '2', alias: 'meet.alice', displayName: 'Bob' }));
    expect(view.find('[role="alert"]').text()).toBe('Sign-in was cancelled. Sign in again to join.');
    // Still offered after the failure, the remembered one first; nothing typed is lost.
    expect(view.findAll('.sso button').map((button) => button.text())).toEqual(['Sign in with B', 'Sign in with A']);
    expect(labelledInput(view, 'Your name').value).toBe('Bob');
  });

  it('a sign-in window the browser blocked is offered as a button, whose click opens it', async () => {
    bridge.api.join.mockResolvedValueOnce({
      ok: false,
      error: { code: 'sso_required', message: 'Sign in to join.', identityProviders: [{ uuid: '1', name: 'A' }] },
    });
    let finishSignIn: (value: Awaited<ReturnType<typeof bridge.api.joinWithSso>>) => void = () => undefined;
    bridge.api.joinWithSso.mockReturnValueOnce(new Promise((resolve) => (finishSignIn = resolve)));
    const opened: string[] = [];
    const blockedThenAllowed = [null, {}];
    const originalOpen = window.open;
    window.open = ((url: string) => {
      opened.push(url);
      return blockedThenAllowed.shift() ?? null;
    }) as typeof window.open;
    const unsubscribe = subscribeToBridge(bridge.api);
    try {
      const view = wrapper!;
      fill(view);
      await view.find('form').trigger('submit');
      await flushPromises();
      await view.find('.sso button').trigger('click');
      bridge.emit({ type: 'sso_sign_in_window', url: 'http://127.0.0.1:5180/sso/window/abc' });
      await flushPromises();
      const offer = view.find('.sso-blocked');
      expect(offer.attributes('role')).toBe('status');
      expect(offer.text()).toContain('The browser blocked the sign-in window.');
      await offer.find('button').trigger('click');
      await flushPromises();
      expect(opened).toEqual(['http://127.0.0.1:5180/sso/window/abc', 'http://127.0.0.1:5180/sso/window/abc']);
      expect(view.find('.sso-blocked').exists()).toBe(false);
      finishSignIn({ ok: false, error: { code: 'sso_failed', reason: 'cancelled', message: 'Sign-in was cancelled. Sign in again to join.' } });
      await flushPromises();
      expect(view.find('[role="alert"]').text()).toBe('Sign-in was cancelled. Sign in again to join.');
    } finally {
      unsubscribe();
      window.open = originalOpen;
    }
  });
});
