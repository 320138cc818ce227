// The media call of the current meeting: peer connection lifecycle, remote stream, and the
// microphone/camera switches.
import { defineStore } from 'pinia';
import { computed, markRaw, ref, shallowRef, watch } from 'vue';
import type { CallOffer, MediaType } from '../../../../electron/shared/bridge';
import type { JoinedInfo } from '../../../../electron/shared/meeting';
import { useBridge } from '../../bridge';
import { CallPeer } from '../../media/callPeer';
import { useDevicesStore } from '../devices/devicesStore';
import { useMediaSettingsStore } from '../devices/mediaSettingsStore';
import { videoMaxBitrate } from '../../media/callBandwidth';
import type { MediaFailure } from '../../media/mediaFailure';
import { callProblemText, type CallProblem } from './callProblemText';
import { capturesFor, defaultJoinChoices, type CallChoice, type JoinChoices } from '../join/joinChoices';

export type CallStatus = 'idle' | 'connecting' | 'connected' | 'disconnected';

export const useCallStore = defineStore('call', () => {
  const status = ref<CallStatus>('idle');
  /** The call's offer and answer are being exchanged (the renderer's busiest moments of a join). */
  const signalling = ref(false);
  /** Why the call is not running, kept as what it says so the words follow a language switch. */
  const problemParts = ref<CallProblem | null>(null);
  /** Why the call is not running, in the current language. */
  const problem = computed(() => (problemParts.value ? callProblemText(problemParts.value) : null));
  const remoteStream = shallowRef<MediaStream | null>(null);
  const micMuted = ref(false);
  const cameraOff = ref(false);
  /** ICE is being restarted after a network change: the call goes on, media may pause. */
  const mediaRecovering = ref(false);
  /** The kind of call chosen at join (or since: adding video makes an audio-only call a video call). */
  const choice = ref<CallChoice>('video');
  let joined: JoinedInfo | null = null;
  let peer: CallPeer | null = null;
  /** The call's peer for the presentation store (slides m-line); null without a call. */
  const currentPeer = shallowRef<CallPeer | null>(null);
  /**
   * A call made ready while request_token is in flight (tracks, peer connection and offer), so ICE
   * starts the moment the token arrives. Used by the next connect() if it asks for the same call.
   */
  let prepared: { peer: CallPeer; mediaType: MediaType; mainMedia: boolean; receivePresentation: boolean; stream: MediaStream | null } | null = null;
  /** Counts prepare() and discardPrepared() calls: a slow capture must not install a stale call. */
  let preparation = 0;

  function localTracks(kind: 'audio' | 'video'): MediaStreamTrack[] {
    const stream = useDevicesStore().stream;
    if (!stream) return [];
    return kind === 'audio' ? stream.getAudioTracks() : stream.getVideoTracks();
  }

  function applySwitches(): void {
    for (const track of localTracks('audio')) track.enabled = !micMuted.value;
    for (const track of localTracks('video')) track.enabled = !cameraOff.value;
  }

  /** Starts the call for a meeting just joined (or restored), as the person chose to join. */
  async function start(info: JoinedInfo, choices: JoinChoices = defaultJoinChoices): Promise<void> {
    joined = info;
    choice.value = choices.call;
    micMuted.value = choices.muteMicrophone;
    cameraOff.value = choices.muteCamera;
    if (choices.call === 'none') {
      discardPrepared();
      // Roster, chat and controls only: no call, and no camera or microphone stays open.
      useDevicesStore().release();
      return;
    }
    await connect();
    if (micMuted.value && joined === info) {
      const result = await useBridge().setClientMute({ muted: true });
      if (!result.ok) console.warn('Parley: could not tell the meeting about the mute:', result.error.message);
    }
  }

  /**
   * Everything of the call that needs no answer from the node, made on the join screen (again when
   * the choice or the capture changes) and at Join. A call already made for the same choice and
   * capture is kept. Nothing reaches the network (ICE starts in connect(), with the node's ICE servers).
   */
  async function prepare(choices: JoinChoices): Promise<void> {
    if (preparedFits(choices)) return;
    discardPrepared();
    const ticket = preparation;
    if (choices.call === 'none') return;
    try {
      const wants = capturesFor(choices.call);
      const stream = wants.microphone || wants.camera ? await useDevicesStore().ensureLocalMedia(wants) : null;
      // Discarded meanwhile, or the join already answered and its call started without this one.
      if (ticket !== preparation || joined || peer) return;
      const { mediaType, mainMedia } = preparedShape(choices.call);
      // The node's call type is not known yet: a video node is assumed (an audio one gets a new call).
      const receivePresentation = true;
      const ready: CallPeer = new CallPeer({
        signalling: useBridge(),
        iceServers: [],
        mediaType,
        mainMedia,
        receivePresentation,
        trickleIce: true,
        localStream: stream,
        ...peerReports(() => ready),
      });
      ready.prepareOffer();
      prepared = { peer: ready, mediaType, mainMedia, receivePresentation, stream };
    } catch (error) {
      // Only a head start is lost: connect() makes the call the usual way and reports what fails.
      console.warn('Parley: the call could not be prepared ahead:', error instanceof Error ? error.message : error);
    }
  }

  /** What a call made before the token sends, for a join chosen as `call`. */
  function preparedShape(call: CallChoice): { mediaType: MediaType; mainMedia: boolean } {
    return { mediaType: call === 'audio' ? 'audio' : 'video', mainMedia: call !== 'presentation' };
  }

  /** Whether the call made ahead is the one `choices` would make now, with the capture running now. */
  function preparedFits(choices: JoinChoices): boolean {
    if (!prepared || choices.call === 'none') return false;
    const stream = useDevicesStore().stream;
    const wanted = preparedShape(choices.call);
    return (
      prepared.mediaType === wanted.mediaType &&
      prepared.mainMedia === wanted.mainMedia &&
      prepared.stream === stream &&
      (stream?.getTracks() ?? []).every((track) => track.readyState !== 'ended')
    );
  }

  /** The prepared call's offer, for a join to bring (null when none is ready yet). */
  function offerForJoin(): CallOffer | null {
    const sdp = prepared?.peer.readyOfferText ?? null;
    return prepared && sdp !== null ? { sdp, mediaType: prepared.mediaType } : null;
  }

  /** The join failed (or the meeting ended): a prepared call is closed unused. */
  function discardPrepared(): void {
    preparation += 1;
    prepared?.peer.close();
    prepared = null;
  }

  /** The prepared call, if it is the call wanted now with the capture in use now. */
  function takePrepared(wanted: { mediaType: MediaType; mainMedia: boolean; receivePresentation: boolean; stream: MediaStream | null }): CallPeer | null {
    const ready = prepared;
    prepared = null;
    preparation += 1;
    const same =
      ready?.mediaType === wanted.mediaType &&
      ready.mainMedia === wanted.mainMedia &&
      ready.receivePresentation === wanted.receivePresentation &&
      ready.stream === wanted.stream;
    if (ready && same) return ready.peer;
    ready?.peer.close();
    return null;
  }

  /** Gives a prepared call the node's settings; false (and closed) if the browser refuses them. */
  function adopt(ready: CallPeer, info: JoinedInfo): boolean {
    try {
      ready.useJoinSettings({ iceServers: info.iceServers, trickleIce: info.trickleIce });
      return true;
    } catch (error) {
      console.warn('Parley: a new peer connection is made for the ICE servers:', error instanceof Error ? error.message : error);
      ready.close();
      return false;
    }
  }

  /** "Start audio and video" after joining without a call: the call starts now, with both. */
  async function startCall(): Promise<void> {
    if (!joined || peer || choice.value !== 'none') return;
    choice.value = 'video';
    await connect();
  }

  /** "Add video" in an audio-only call: the camera opens and the call escalates (update → ack). */
  async function addVideo(): Promise<void> {
    const current = peer;
    if (!current || choice.value !== 'audio' || joined?.callType === 'audio') return;
    const added = await useDevicesStore().addCamera();
    if (!added.ok) {
      problemParts.value = { said: 'videoNotAdded', reason: { device: added.problem } };
      return;
    }
    cameraOff.value = false;
    const result = await current.addVideo(added.track);
    if (peer !== current) return;
    if (result.ok) choice.value = 'video';
    else problemParts.value = { said: 'videoNotAdded', reason: { media: result } };
  }

  /**
   * The meeting moved (breakout room, back to main): the old call is over, the same microphone and
   * camera (with their mute switches) go into a new call in the new room.
   */
  async function move(info: JoinedInfo): Promise<void> {
    if (!joined) return;
    joined = info;
    const hadCall = (peer?.callUuid ?? null) !== null;
    closePeer();
    // A host's media move leaves their old call up on the node; a referred guest's went with the old room.
    if (hadCall) await useBridge().disconnectCall(null);
    if (joined !== info) return;
    await connect();
    if (joined === info && micMuted.value) await useBridge().setClientMute({ muted: true });
  }

  /** The "Reconnect call" button: a new peer connection and a new call. */
  function reconnect(): Promise<void> {
    return connect();
  }

  async function connect(): Promise<void> {
    signalling.value = true;
    try {
      await exchangeOffer();
    } finally {
      signalling.value = false;
    }
  }

  async function exchangeOffer(): Promise<void> {
    closePeer();
    const info = joined;
    if (!info) return;
    status.value = 'connecting';
    problemParts.value = null;
    const devices = useDevicesStore();
    const wants = capturesFor(choice.value);
    const mediaType: MediaType = info.callType === 'audio' || choice.value === 'audio' ? 'audio' : 'video';
    const mainMedia = choice.value !== 'presentation';
    // An audio call shows the node's still images: its presentation line stays inactive until used.
    const receivePresentation = info.callType !== 'audio';
    const capturing = wants.microphone || wants.camera;
    // No await on this path: the call goes out before the meeting view renders.
    let created = takePrepared({ mediaType, mainMedia, receivePresentation, stream: capturing ? devices.stream : null });
    if (created && !adopt(created, info)) created = null;
    if (created) {
      applySwitches();
    } else {
      let stream: MediaStream | null = null;
      if (capturing) stream = await devices.ensureLocalMedia(wants);
      else devices.release();
      if (joined !== info || peer) return;
      applySwitches();
      const fresh: CallPeer = new CallPeer({
        signalling: useBridge(),
        iceServers: info.iceServers,
        mediaType,
        mainMedia,
        receivePresentation,
        trickleIce: info.trickleIce,
        localStream: stream,
        ...peerReports(() => fresh),
      });
      created = fresh;
    }
    peer = created;
    void created.setVideoBandwidth(videoMaxBitrate(useMediaSettingsStore().settings.bandwidth));
    currentPeer.value = markRaw(created);
    remoteStream.value = markRaw(created.remoteStream);
    const result = await created.start();
    if (peer !== created || result.ok) return;
    fail({ said: 'notSetUp', reason: { media: result } });
  }

  // A new bandwidth choice applies to the running call at once (no rejoin, no new offer).
  watch(
    () => useMediaSettingsStore().settings.bandwidth,
    (choice) => void peer?.setVideoBandwidth(videoMaxBitrate(choice)),
  );

  /** What a call's peer reports, acted on only while it is the call in use. */
  function peerReports(self: () => CallPeer) {
    return {
      onConnectionStateChange: (state: RTCPeerConnectionState) => onConnectionState(self(), state),
      onMediaRecovering: (recovering: boolean) => {
        if (self() === peer) mediaRecovering.value = recovering;
      },
      onMediaLost: (failure: MediaFailure) => {
        if (self() !== peer) return;
        fail({ said: 'disconnected', reason: { media: failure } });
        void useBridge().disconnectCall(null);
      },
    };
  }

  function onConnectionState(source: CallPeer, state: RTCPeerConnectionState): void {
    if (source !== peer) return;
    if (state === 'connected') status.value = 'connected';
    // While ICE restarts the call is not over: only a restart that fails too ends it (onMediaLost).
    if (state === 'failed' && !source.recoveringMedia) {
      fail({ said: 'disconnected', reason: { connectionFailed: true } });
      // The node still thinks the call is up; end it there too before a reconnect.
      void useBridge().disconnectCall(null);
    }
  }

  /** The bridge's call_disconnected: the session stays, the call ends. */
  function handleCallDisconnected(callUuid: string, reason: string): void {
    // Ignore news about an earlier call (or one this peer has not been told about yet).
    if (!peer || peer.callUuid !== callUuid) return;
    fail({ said: 'disconnected', reason: { asItCame: reason } });
  }

  function fail(why: CallProblem): void {
    closePeer();
    status.value = 'disconnected';
    problemParts.value = why;
  }

  function closePeer(): void {
    peer?.close();
    peer = null;
    mediaRecovering.value = false;
    currentPeer.value = null;
    remoteStream.value = null;
  }

  /** Leaving or ended: close the call and stop the camera and microphone. */
  function stop(): void {
    joined = null;
    discardPrepared();
    closePeer();
    useDevicesStore().release();
    status.value = 'idle';
    problemParts.value = null;
    micMuted.value = false;
    cameraOff.value = false;
    choice.value = 'video';
  }

  async function toggleMicrophone(): Promise<void> {
    micMuted.value = !micMuted.value;
    applySwitches();
    const result = await useBridge().setClientMute({ muted: micMuted.value });
    if (!result.ok) console.warn('Parley: could not tell the meeting about the mute:', result.error.message);
  }

  /** A device switched in place (unplugged, or back): the call keeps going with the new track. */
  async function replaceLocalTrack(kind: 'audio' | 'video', track: MediaStreamTrack | null): Promise<void> {
    applySwitches();
    if (!peer) return;
    const result = await peer.replaceTrack(kind, track);
    if (!result.ok) console.warn(`Parley: the call kept its previous ${kind}:`, result.message);
  }

  /** Disables the camera track; the sender stays, so there is no renegotiation. */
  function toggleCamera(): void {
    cameraOff.value = !cameraOff.value;
    applySwitches();
  }

  return {
    status,
    signalling,
    problem,
    problemParts,
    remoteStream,
    currentPeer,
    micMuted,
    cameraOff,
    mediaRecovering,
    choice,
    prepare,
    offerForJoin,
    discardPrepared,
    start,
    startCall,
    addVideo,
    move,
    reconnect,
    handleCallDisconnected,
    stop,
    toggleMicrophone,
    toggleCamera,
    replaceLocalTrack,
  };
});
