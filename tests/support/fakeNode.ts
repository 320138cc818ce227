// A fake Conferencing Node as a `fetch` function: answers the REST endpoints the core uses with
// Response objects and serves event streams the test pushes text into. No network involved.

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
  /** Date.now() when the request was made (fake clock aware). */
  at: number;
}

export interface PushableStream {
  push(text: string): void;
  close(): void;
  readonly token: string | undefined;
}

type Reply = { status: number; body: unknown } | { status: number; text: string; contentType: string };
type Route = (request: RecordedRequest) => Reply | Promise<Reply>;

export function jsonReply(status: number, body: unknown): Reply {
  return { status, body };
}

export function tokenResult(overrides: Record<string, unknown> = {}) {
  return {
    status: 'success',
    result: {
      token: 'SECRET-TOKEN-0',
      expires: '120',
      display_name: 'Alice',
      participant_uuid: 'self-uuid',
      current_service_type: 'conference',
      service_type: 'conference',
      role: 'HOST',
      conference_name: "Alice's VMR",
      chat_enabled: true,
      call_type: 'video',
      guests_can_present: true,
      trickle_ice_enabled: true,
      version: { version_id: '38', pseudo_version: '1.0.0' },
      turn: [{ urls: ['turn:127.0.0.1:3478'], username: 'u', credential: 'c' }],
      ...overrides,
    },
  };
}

const encoder = new TextEncoder();

export class FakeNode {
  readonly requests: RecordedRequest[] = [];
  readonly streams: PushableStream[] = [];
  private readonly routes = new Map<string, Route>();
  private tokenCounter = 0;
  /** Status to answer on the events endpoint (200 = open a stream). */
  eventsStatus = 200;

  constructor() {
    this.on('request_token', () => jsonReply(200, tokenResult()));
    this.on('refresh_token', () => {
      this.tokenCounter += 1;
      return jsonReply(200, { status: 'success', result: { token: `SECRET-TOKEN-${this.tokenCounter}`, expires: '120' } });
    });
    this.on('release_token', () => jsonReply(200, { status: 'success', result: true }));
    this.on('conference_status', () =>
      jsonReply(200, { status: 'success', result: { locked: false, guests_muted: false, started: true } }),
    );
    this.on('calls', () => jsonReply(200, { status: 'success', result: { call_uuid: 'call-1', sdp: 'v=0 answer' } }));
    this.on('ack', () => jsonReply(200, { status: 'success', result: true }));
    this.on('update', () => jsonReply(200, { status: 'success', result: 'v=0 updated' }));
    this.on('new_candidate', () => jsonReply(200, { status: 'success', result: true }));
    this.on('disconnect', () => jsonReply(200, { status: 'success', result: true }));
    this.on('message', () => jsonReply(200, { status: 'success', result: true }));
    this.on('client_mute', () => jsonReply(200, { status: 'success', result: true }));
    this.on('client_unmute', () => jsonReply(200, { status: 'success', result: true }));
  }

  /** Replaces the answer for the endpoint named by the last path segment. */
  on(endpoint: string, route: Route): void {
    this.routes.set(endpoint, route);
  }

  requestsTo(endpoint: string): RecordedRequest[] {
    return this.requests.filter((request) => request.path.endsWith(`/${endpoint}`));
  }

  get latestStream(): PushableStream {
    const stream = this.streams.at(-1);
    if (!stream) throw new Error('no event stream opened');
    return stream;
  }

  readonly fetch: typeof fetch = async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => (headers[key] = value));
    const bodyText = typeof init?.body === 'string' ? init.body : undefined;
    const request: RecordedRequest = {
      method: (init?.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      headers,
      body: bodyText === undefined ? undefined : (JSON.parse(bodyText) as unknown),
      at: Date.now(),
    };
    this.requests.push(request);
    if (url.pathname.endsWith('/events')) return this.openStream(request, init?.signal ?? undefined);
    const endpoint = url.pathname.split('/').at(-1) ?? '';
    const route = this.routes.get(endpoint);
    if (!route) return new Response('not found', { status: 404 });
    const reply = await route(request);
    if ('text' in reply) return new Response(reply.text, { status: reply.status, headers: { 'content-type': reply.contentType } });
    return new Response(JSON.stringify(reply.body), { status: reply.status, headers: { 'content-type': 'application/json' } });
  };

  private openStream(request: RecordedRequest, signal: AbortSignal | undefined): Response {
    if (this.eventsStatus !== 200) {
      return new Response(JSON.stringify({ status: 'failed', result: 'nope' }), { status: this.eventsStatus });
    }
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    let open = true;
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        controller = c;
      },
    });
    signal?.addEventListener('abort', () => {
      if (open) controller.error(new DOMException('aborted', 'AbortError'));
      open = false;
    });
    this.streams.push({
      push: (text) => {
        if (open) controller.enqueue(encoder.encode(text));
      },
      close: () => {
        if (open) controller.close();
        open = false;
      },
      token: request.headers['token'],
    });
    return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
  }
}

/** An SSE frame for `event` with JSON `data`. */
export function sseFrame(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

export function wireParticipant(uuid: string, displayName: string, overrides: Record<string, unknown> = {}) {
  return {
    uuid,
    display_name: displayName,
    overlay_text: displayName,
    role: 'chair',
    service_type: 'conference',
    protocol: 'api',
    is_muted: 'NO',
    'is_client-muted': false,
    is_video_muted: false,
    is_presenting: 'NO',
    is_audio_only_call: 'NO',
    is_video_call: 'YES',
    is_streaming_conference: false,
    has_media: true,
    buzz_time: 0,
    spotlight: 0,
    start_time: 1700000000,
    mute_supported: 'YES',
    disconnect_supported: 'YES',
    transfer_supported: 'YES',
    presentation_supported: 'YES',
    rx_presentation_policy: 'ALLOW',
    show_live_captions: false,
    call_tag: '',
    ...overrides,
  };
}
