// The meeting session as the user sees it: idle → joining → in_meeting → ended, the join form and
// its prompts, and the last join request (for Rejoin).
import { defineStore } from 'pinia';
import { reactive, ref, watch } from 'vue';
import type {
  CommandError,
  IdentityProvider,
  JoinError,
  JoinRequest,
  NodeCertificate,
  Result,
  SessionEndCode,
  SessionEndWording,
} from '../../../../electron/shared/bridge';
import type {
  ConferenceStatus,
  ConnectionState,
  JoinedInfo,
  MeetingSnapshot,
  PresentationInfo,
} from '../../../../electron/shared/meeting';
import { useBridge } from '../../bridge';
import { useCallStore } from '../call/callStore';
import { defaultJoinChoices, type JoinChoices } from '../join/joinChoices';
import type { JoinLink } from '../join/joinLink';
import { discoveredNode, type DiscoveredNode } from '../join/discoveredNode';
import { rememberIdentityProvider } from '../join/rememberedIdentityProvider';
import { loadRememberedJoin, saveRememberedJoin } from '../join/rememberedJoin';
import { endMeetingStores, enterMeetingStores, moveMeetingStores, resetMeetingStores, restoreMeetingStores } from './meetingReset';

export type SessionState = 'idle' | 'joining' | 'in_meeting' | 'ended';

/** Which extra input the join form asks for after a refusal. */
export type JoinPrompt = 'none' | 'pin' | 'extension';

export interface SessionEnd {
  code: Exclude<SessionEndCode, 'left'>;
  reason: string;
  /** Parley's own reason as a code (absent: `reason` is the node's text). */
  wording?: SessionEndWording;
}

export const useSessionStore = defineStore('session', () => {
  const state = ref<SessionState>('idle');
  const info = ref<JoinedInfo | null>(null);
  /** `allowUnencrypted`: the person ticked "This node does not use encryption" for the node typed now. */
  const form = reactive({ node: '', alias: '', displayName: '', pin: '', extension: '', allowUnencrypted: false });
  // A confirmation is for the node it was given for: typing another node asks again.
  watch(
    () => form.node,
    () => {
      form.allowUnencrypted = false;
    },
  );
  /** How to join (kind of call, microphone or camera off); read by the call store on entering the meeting. */
  const choices = reactive<JoinChoices>({ ...defaultJoinChoices });
  const joinError = ref<JoinError | null>(null);
  /** The node a domain led to on the last join (shown on the join screen, and remembered). */
  const discovered = ref<DiscoveredNode | null>(null);
  /** The identity providers the meeting offered, kept while a sign-in is retried after a failure. */
  const identityProviders = ref<IdentityProvider[]>([]);
  /** The browser host's sign-in window, when the browser blocked it: a click opens it (a popup blocker allows that). */
  const blockedSignInWindow = ref<string | null>(null);
  const prompt = ref<JoinPrompt>('none');
  const lastRequest = ref<JoinRequest | null>(null);
  const ended = ref<SessionEnd | null>(null);
  const connection = ref<ConnectionState>('connected');
  const conference = ref<ConferenceStatus | null>(null);
  const presentation = ref<PresentationInfo | null>(null);
  // A join right after Leave waits for main to have released the old session.
  let leaving: Promise<unknown> = Promise.resolve();

  /** Fills the form: the URL first, then what was remembered. */
  function prefill(link: JoinLink): void {
    const remembered = loadRememberedJoin();
    // A link that joins at once names its own node, or none (alias@domain finds it): never a remembered one.
    form.node = link.node || (link.autoJoin && link.alias?.includes('@') ? '' : remembered.node);
    form.alias = link.alias ?? '';
    form.displayName = link.name || remembered.displayName;
    form.pin = link.pin ?? '';
    Object.assign(choices, link.choices);
  }

  function requestFromForm(): JoinRequest {
    const request: JoinRequest = {
      node: form.node.trim(),
      alias: form.alias.trim(),
      displayName: form.displayName.trim(),
    };
    if (form.pin) request.pin = form.pin;
    if (prompt.value === 'extension' && form.extension.trim()) request.conferenceExtension = form.extension.trim();
    if (form.allowUnencrypted) request.allowUnencrypted = true;
    return request;
  }

  /** Joins with what the form holds. */
  function join(): Promise<Result<JoinedInfo, JoinError> | null> {
    return joinWith(requestFromForm());
  }

  /** "Sign in with <name>": main runs the sign-in in its own window and joins; the SSO token never comes here. */
  function signIn(providerUuid: string): Promise<Result<JoinedInfo, JoinError> | null> {
    const request = requestFromForm();
    rememberIdentityProvider(request.node || request.alias, providerUuid);
    return joinWith(request, providerUuid);
  }

  /**
   * Opens the browser host's sign-in window (Electron main opens its own). The host asks for it
   * after a few round trips, when a popup blocker may no longer count the click: then the join
   * screen offers a button, whose click it does count.
   */
  function openSignInWindow(url: string): void {
    const opened = window.open(url, 'parley-sso', 'popup,width=520,height=720');
    blockedSignInWindow.value = opened ? null : url;
  }

  /** Joins again with the details of the last attempt (the Rejoin button). */
  function rejoin(): Promise<Result<JoinedInfo, JoinError> | null> {
    return lastRequest.value ? joinWith({ ...lastRequest.value }) : Promise.resolve(null);
  }

  async function joinWith(request: JoinRequest, identityProvider?: string): Promise<Result<JoinedInfo, JoinError> | null> {
    if (state.value === 'joining' || state.value === 'in_meeting') return null;
    state.value = 'joining';
    joinError.value = null;
    ended.value = null;
    lastRequest.value = request;
    saveRememberedJoin({ node: request.node, displayName: request.displayName });
    // Cleared before the call: roster events may arrive before join answers.
    resetMeetingStores();
    conference.value = null;
    presentation.value = null;
    await leaving;
    const bridge = useBridge();
    // The call is made ready while the node answers request_token (nothing goes out before the token).
    const call = useCallStore();
    void call.prepare({ ...choices });
    // The offer made on the join screen goes with the join: the core asks the node for the call as
    // soon as the token is there. Not with a sign-in, which can outlast the core's wait for startCall.
    const offer = call.offerForJoin();
    const result =
      identityProvider === undefined
        ? await bridge.join(offer ? { ...request, offer } : request)
        : await bridge.joinWithSso({ ...request, identityProvider });
    blockedSignInWindow.value = null;
    if (result.ok) {
      discovered.value = discoveredNode(request.node, request.alias, result.value.node);
      if (discovered.value) {
        // Next time the node is known: the form keeps it, and so does what is remembered.
        form.node = result.value.node;
        saveRememberedJoin({ node: result.value.node, displayName: request.displayName });
      }
      info.value = result.value;
      identityProviders.value = [];
      enterMeetingStores(result.value);
      connection.value = 'connected';
      prompt.value = 'none';
      form.extension = '';
      state.value = 'in_meeting';
    } else {
      call.discardPrepared();
      state.value = 'idle';
      joinError.value = result.error;
      applyRefusal(result.error);
    }
    return result;
  }

  function applyRefusal(error: JoinError): void {
    switch (error.code) {
      case 'pin_required':
        prompt.value = 'pin';
        break;
      case 'invalid_pin':
        prompt.value = 'pin';
        form.pin = '';
        break;
      case 'extension_required':
        prompt.value = 'extension';
        break;
      case 'sso_required':
        identityProviders.value = error.identityProviders;
        break;
      default:
        // Keep any prompt already shown: the user may just need to correct a field.
        break;
    }
  }

  async function leave(): Promise<void> {
    if (state.value !== 'in_meeting') return;
    // The screen changes at once; main releases the token in the background.
    state.value = 'idle';
    info.value = null;
    endMeetingStores();
    const done = useBridge().leave({ reason: 'User left' });
    leaving = done;
    const result = await done;
    if (!result.ok && result.error.code !== 'not_joined') console.warn('Parley: leave failed:', result.error.message);
  }

  function handleSessionEnded(code: SessionEndCode, reason: string, wording?: SessionEndWording): void {
    if (state.value !== 'in_meeting') return;
    info.value = null;
    endMeetingStores();
    if (code === 'left') {
      state.value = 'idle';
      return;
    }
    ended.value = wording ? { code, reason, wording } : { code, reason };
    state.value = 'ended';
  }

  /**
   * The node moved us (breakout room, back to the main room): the meeting goes on in `moved`'s
   * meeting. Nothing ends: no disconnected screen, and the chat keeps its history. The roster is
   * the new room's (its event stream resends it). False when not in a meeting.
   */
  function handleMoved(moved: JoinedInfo): boolean {
    if (state.value !== 'in_meeting') return false;
    const sameParticipant = info.value?.participantUuid === moved.participantUuid && info.value?.alias === moved.alias;
    info.value = moved;
    moveMeetingStores(moved, sameParticipant);
    return true;
  }

  /** From the disconnected screen back to the join form. */
  function backToJoin(): void {
    if (state.value !== 'ended') return;
    ended.value = null;
    state.value = 'idle';
  }

  /** Takes over a meeting main already has (after a renderer reload). */
  async function restoreFromMain(): Promise<boolean> {
    const result = await useBridge().getSnapshot(null);
    if (!result.ok || !result.value || state.value !== 'idle') return false;
    applySnapshot(result.value);
    return true;
  }

  function applySnapshot(snapshot: MeetingSnapshot): void {
    info.value = snapshot.info;
    form.node = snapshot.info.node;
    form.alias = snapshot.info.alias;
    form.displayName = snapshot.info.displayName;
    lastRequest.value = { node: snapshot.info.node, alias: snapshot.info.alias, displayName: snapshot.info.displayName };
    restoreMeetingStores(snapshot);
    conference.value = snapshot.conference;
    presentation.value = snapshot.presentation;
    connection.value = snapshot.connection;
    joinError.value = null;
    state.value = 'in_meeting';
  }

  /** The person's deliberate choice to trust exactly this certificate for its node (the join is retried after). */
  function trustNodeCertificate(certificate: Pick<NodeCertificate, 'host' | 'fingerprint'>): Promise<Result<null, CommandError>> {
    return useBridge().trustNodeCertificate({ host: certificate.host, fingerprint: certificate.fingerprint });
  }

  function setConnection(next: ConnectionState): void {
    connection.value = next;
  }

  function setConference(status: ConferenceStatus): void {
    conference.value = status;
  }

  function setPresentation(next: PresentationInfo | null): void {
    presentation.value = next;
  }

  return {
    state,
    info,
    form,
    choices,
    joinError,
    discovered,
    identityProviders,
    signIn,
    blockedSignInWindow,
    openSignInWindow,
    prompt,
    lastRequest,
    ended,
    connection,
    conference,
    presentation,
    prefill,
    join,
    rejoin,
    joinWith,
    leave,
    handleSessionEnded,
    handleMoved,
    backToJoin,
    restoreFromMain,
    trustNodeCertificate,
    setConnection,
    setConference,
    setPresentation,
  };
});
