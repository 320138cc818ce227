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

const remoteVideo = document.getElementById('remote-video') as HTMLVideoElement;
const remotePresentation = document.getElementById('remote-presentation') as HTMLVideoElement;
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
callSignals.onRemotePresentationStream.add((stream) => {
  state.presentationStreamReceived = true;
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

async function join(options: SdkJoinOptions): Promise<SdkReport> {
  state.phase = 'joining';
  const mediaStream = await navigator.mediaDevices.getUserMedia({ audio: true, video: { width: 640, height: 360 } });
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

function stopPresenting(): void {
  client.stopPresenting();
  stopDrawing?.();
  stopDrawing = undefined;
}

async function sendMessage(text: string): Promise<number | undefined> {
  const answer = await client.sendMessage({ payload: text });
  return answer?.status;
}

async function disconnect(): Promise<SdkReport> {
  state.leaving = true;
  await client.disconnect({ reason: 'User initiated disconnect' });
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

window.sdkPeer = { join, sendMessage, present, stopPresenting, disconnect, report };
