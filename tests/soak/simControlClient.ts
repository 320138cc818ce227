// The soak's side of the simulator's /_sim/ control API (loopback HTTP, JSON bodies).

export interface SimRoomParticipant {
  uuid: string;
  display_name: string;
}

export interface SimSnapshot {
  refresh_faults: Record<'502' | '503' | 'timeout' | 'reset' | 'passed', number> | null;
  rooms: { alias: string; participants: SimRoomParticipant[] }[];
}

export async function simPost<T = unknown>(simUrl: string, path: string, body: unknown): Promise<T> {
  const response = await fetch(`${simUrl}/_sim/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { result: T };
  if (!response.ok) throw new Error(`/_sim/${path} answered ${response.status}: ${JSON.stringify(answer.result)}`);
  return answer.result;
}

export async function simSnapshot(simUrl: string): Promise<SimSnapshot> {
  const response = await fetch(`${simUrl}/_sim/state`);
  return ((await response.json()) as { result: SimSnapshot }).result;
}

export function roomParticipants(snapshot: SimSnapshot, alias: string): SimRoomParticipant[] {
  return snapshot.rooms.find((room) => room.alias === alias)?.participants ?? [];
}
