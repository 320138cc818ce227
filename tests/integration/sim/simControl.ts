// Calls the simulator's /_sim/ control API over HTTP, as the benchmark and e2e tests do.

export async function postControl(baseUrl: string, path: string, body: unknown): Promise<{ status: number; data: unknown }> {
  const response = await fetch(`${baseUrl}/_sim/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, data: (await response.json()) as unknown };
}

export interface SimStateParticipant {
  uuid: string;
  display_name: string;
  role: string;
  service_type: string;
  calls: number;
  event_streams: number;
}

export interface SimState {
  maintenance: boolean;
  delayed_requests: number;
  /** Random refresh faults per kind (and refreshes let through), or null while switched off. */
  refresh_faults: Record<'502' | '503' | 'timeout' | 'reset' | 'passed', number> | null;
  rooms: { alias: string; participants: SimStateParticipant[] }[];
}

export async function getState(baseUrl: string): Promise<SimState> {
  const response = await fetch(`${baseUrl}/_sim/state`);
  const body = (await response.json()) as { result: SimState };
  return body.result;
}

export async function participantsIn(baseUrl: string, alias: string): Promise<SimStateParticipant[]> {
  const state = await getState(baseUrl);
  return state.rooms.find((room) => room.alias === alias)?.participants ?? [];
}
