// Joins a simulator room through @pexip/infinity-api, as the product's core does.
import { requestToken, withPin } from '@pexip/infinity-api';

export interface Joined {
  alias: string;
  token: string;
  participantUuid: string;
  role: 'HOST' | 'GUEST';
}

export async function joinRoom(
  host: string,
  alias: string,
  displayName: string,
  pin?: string,
  conferenceExtension?: string,
): Promise<Joined> {
  const response = await requestToken({
    fetcher: pin === undefined ? fetch : withPin(fetch, pin),
    host,
    params: { conferenceAlias: alias },
    body: { display_name: displayName, ...(conferenceExtension ? { conference_extension: conferenceExtension } : {}) },
  });
  if (response.status !== 200) throw new Error(`join ${alias} failed: ${response.status} ${JSON.stringify(response.data)}`);
  const result = response.data.result;
  return { alias, token: result.token, participantUuid: result.participant_uuid, role: result.role };
}
