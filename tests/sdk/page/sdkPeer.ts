// A meeting participant driven by Pexip's own JavaScript SDK (@pexip/infinity): "join with the SDK,
// report what happened". Tests (and benchmarks) call window.sdkPeer.join(...) and read
// window.sdkPeer.report(): the participants it sees, the chat it got, presentation events, SDK
// errors (error signals and error-level log lines) and what its peer connection decoded.
import {
  ClientCallType,
  createCallSignals,
  createInfinityClient,
  createInfinityClientSignals,
  setLogger,
  type InfinityClient,
} from '@pexip/infinity';
// The SDK's own event signals (what it parsed from the event stream); not re-exported by its index.
import { eventSignals } from '@pexip/infinity/dist/eventSource';
import { drawPresentationFrames } from './presentationSource';
import type { SdkJoinOptions, SdkPhase, SdkReport } from '../sdkReport';
import { inboundMedia, recordPeerConnections } from './peerConnections';

interface LoggedMeta {
  error?: unknown;
}

const peerConnections = recordPeerConnections();
const errors: string[] = [];
const describe = (meta: unknown, message: string): string => {
  const error = (meta as LoggedMeta | undefined)?.error;
  return error === undefined ? message : `${message}: ${error instanceof Error ? error.message : String(error)}`;
};
const ignore = (): void => undefined;
setLogger({
  fatal: (meta: unknown, message: string) => errors.push(describe(meta, message)),
  error: (meta: unknown, message: string) => errors.push(describe(meta, message)),
  warn: ignore,
  info: ignore,
  debug: ignore,
  trace: ignore,
  silent: ignore,
  redact: (text: string) => text,
  addRedactPattern: ignore,
} as unknown as Parameters<typeof setLogger>[0]);

const signals = createInfinityClientSignals([], { batchScheduleTimeoutMS: 0, batchBufferSize: 100 });
const callSignals = createCallSignals([]);
const client: InfinityClient = createInfinityClient(signals, callSignals);

const state = {
  phase: 'idle' as SdkPhase,
  joinStatus: undefined as number | undefined,
  participants: new Map<string, string>(),
  messages: [] as { from: string; text: string }[],
  presentationStarts: [] as string[],
  presentationStops: 0,
  presentationFrames: 0,
  presentationStreamReceived: false,
  presentationReceive: 'new',
  callConnected: false,
  leaving: false,
};

let remoteVideo = document.getElementById('remote-video') as HTMLVideoElement;
let remotePresentation = document.getElementById('remote-presentation') as HTMLVideoElement;
const joinButton = document.getElementById('join') as HTMLButtonElement;
const shareButton = document.getElementById('share') as HTMLButtonElement;

/** A new, empty copy of a video element, so its decoded-frame count starts again at 0. */
function freshVideo(old: HTMLVideoElement): HTMLVideoElement {
  const fresh = old.cloneNode(false) as HTMLVideoElement;
  old.srcObject = null;
  old.replaceWith(fresh);
  return fresh;
}
const presentationCanvas = document.getElementById('presentation-source') as HTMLCanvasElement;

type ParticipantEvent = { id: string; participant: { uuid: string; displayName?: string } };
const asList = (value: ParticipantEvent | ParticipantEvent[]): ParticipantEvent[] => (Array.isArray(value) ? value : [value]);
const inMainRoom = (event: { id: string }) => event.id === 'main';

signals.onParticipants.add(({ id, participants }) => {
  if (id !== 'main') return;
  state.participants = new Map(participants.map((p) => [p.uuid, p.displayName ?? '']));
});
signals.onParticipantJoined.add((events) => {
  for (const { id, participant } of asList(events as ParticipantEvent | ParticipantEvent[])) {
    if (inMainRoom({ id })) state.participants.set(participant.uuid, participant.displayName ?? '');
  }
});
signals.onParticipantLeft.add((events) => {
  for (const { id, participant } of asList(events as ParticipantEvent | ParticipantEvent[])) {
    if (inMainRoom({ id })) state.participants.delete(participant.uuid);
  }
});
signals.onMessage.add((message) => {
  state.messages.push({ from: message.displayName, text: message.message });
});
signals.onError.add(({ error, errorCode }) => {
  errors.push(`onError ${errorCode}: ${error}`);
});
signals.onDisconnected.add(({ error, errorCode }) => {
  if (!state.leaving) errors.push(`onDisconnected ${errorCode}: ${error}`);
  state.phase = 'disconnected';
});
signals.onCallConnected.add(() => {
  state.callConnected = true;
});
callSignals.onCallConnected.add(() => {
  state.callConnected = true;
});
callSignals.onRemoteStream.add((stream) => {
  remoteVideo.srcObject = stream;
  void remoteVideo.play().catch(ignore);
});
/** The SDK may hand the presentation stream over once per call, before anyone presents. */
let presentationStream: MediaStream | undefined;
callSignals.onRemotePresentationStream.add((stream) => {
  state.presentationStreamReceived = true;
  presentationStream = stream;
  remotePresentation.srcObject = stream;
  void remotePresentation.play().catch(ignore);
});
callSignals.onPresentationConnectionChange.add(({ recv }) => {
  state.presentationReceive = recv;
});
eventSignals.onPresentationStart.add((event) => {
  state.presentationStarts.push(event.presenterUuid ?? '');
});
eventSignals.onPresentationStop.add(() => {
  state.presentationStops += 1;
});
eventSignals.onPresentationFrame.add(() => {
  state.presentationFrames += 1;
});

/** The camera and microphone of the current (or prepared) call; stopped on disconnect. */
let localStream: MediaStream | undefined;
let prepared: SdkJoinOptions | undefined;

function openCameraAndMicrophone(): Promise<MediaStream> {
  return navigator.mediaDevices.getUserMedia({ audio: true, video: { width: 640, height: 360 } });
}

async function join(options: SdkJoinOptions): Promise<SdkReport> {
  state.phase = 'joining';
  localStream = await openCameraAndMicrophone();
  return callWith(options, localStream);
}

/**
 * As Pexip's web app does it: the camera and microphone open on the pre-join screen, and the
 * "Join" button (enabled now) calls with them. The benchmark presses it and times the first frame.
 */
async function prepareJoin(options: SdkJoinOptions): Promise<void> {
  localStream = await openCameraAndMicrophone();
  prepared = options;
  joinButton.disabled = false;
}

joinButton.addEventListener('click', () => {
  const options = prepared;
  if (!options || !localStream) return;
  prepared = undefined;
  joinButton.disabled = true;
  state.phase = 'joining';
  void callWith(options, localStream);
});

async function callWith(options: SdkJoinOptions, mediaStream: MediaStream): Promise<SdkReport> {
  state.leaving = false;
  state.callConnected = false;
  remoteVideo = freshVideo(remoteVideo);
  const response = await client.call({
    conferenceAlias: options.alias,
    displayName: options.displayName,
    bandwidth: options.bandwidth ?? 1024,
    // With presentation: AudioVideo alone creates no slides m-line, so nothing could be received.
    callType: ClientCallType.AudioVideoPresentation,
    mediaStream,
    host: window.location.origin,
    node: window.location.host,
    ...(options.pin !== undefined ? { pin: options.pin } : {}),
  });
  state.joinStatus = response?.status;
  state.phase = response?.status === 200 ? 'connected' : 'failed';
  return report();
}

let stopDrawing: (() => void) | undefined;

function present(): void {
  const drawing = drawPresentationFrames(presentationCanvas);
  stopDrawing = drawing.stop;
  client.present(drawing.stream);
}

/** The "Share screen" button, as Pexip's web app shares: getDisplayMedia, then present. */
shareButton.addEventListener('click', () => {
  void navigator.mediaDevices.getDisplayMedia({ video: true, audio: false }).then((stream) => {
    stopDrawing = () => {
      for (const track of stream.getTracks()) track.stop();
    };
    client.present(stream);
  }, (error: unknown) => errors.push(`getDisplayMedia: ${error instanceof Error ? error.message : String(error)}`));
});

async function stopPresenting(): Promise<void> {
  // Resolves once the floor is released and the slides line renegotiated to inactive.
  await client.stopPresenting();
  stopDrawing?.();
  stopDrawing = undefined;
}

/** Before a presentation is timed: the presentation element starts again at 0 decoded frames. */
function clearPresentation(): void {
  remotePresentation = freshVideo(remotePresentation);
  if (presentationStream) {
    remotePresentation.srcObject = presentationStream;
    void remotePresentation.play().catch(ignore);
  }
}

async function sendMessage(text: string): Promise<number | undefined> {
  const answer = await client.sendMessage({ payload: text });
  return answer?.status;
}

async function disconnect(): Promise<SdkReport> {
  state.leaving = true;
  await client.disconnect({ reason: 'User initiated disconnect' });
  for (const track of localStream?.getTracks() ?? []) track.stop();
  localStream = undefined;
  state.phase = 'disconnected';
  return report();
}

function playbackFrames(video: HTMLVideoElement): number {
  return video.srcObject ? video.getVideoPlaybackQuality().totalVideoFrames : 0;
}

async function report(): Promise<SdkReport> {
  return {
    phase: state.phase,
    joinStatus: state.joinStatus,
    participants: [...state.participants.values()].sort(),
    messages: [...state.messages],
    presentationStarts: [...state.presentationStarts],
    presentationStops: state.presentationStops,
    presentationFrames: state.presentationFrames,
    presentationStreamReceived: state.presentationStreamReceived,
    presentationReceive: state.presentationReceive,
    callConnected: state.callConnected,
    errors: [...errors],
    remoteVideoFrames: playbackFrames(remoteVideo),
    remotePresentationFrames: playbackFrames(remotePresentation),
    inbound: await inboundMedia(peerConnections),
  };
}

export interface SdkPeer {
  join: typeof join;
  prepareJoin: typeof prepareJoin;
  clearPresentation: typeof clearPresentation;
  sendMessage: typeof sendMessage;
  present: typeof present;
  stopPresenting: typeof stopPresenting;
  disconnect: typeof disconnect;
  report: typeof report;
}

declare global {
  interface Window {
    sdkPeer: SdkPeer;
  }
}

window.sdkPeer = { join, prepareJoin, clearPresentation, sendMessage, present, stopPresenting, disconnect, report };
