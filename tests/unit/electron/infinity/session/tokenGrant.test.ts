import { describe, expect, it } from 'vitest';
import { tokenGrantSchema, tokenLeaseSchema } from '../../../../../electron/infinity/session/tokenGrant';

const grant = { token: 'T', expires: '120', participant_uuid: 'p1', display_name: 'Ann', role: 'HOST' };

describe('token answers', () => {
  it('reads the join and the refresh answer with the same token and expires fields', () => {
    expect(tokenGrantSchema.parse(grant)).toMatchObject({ token: 'T', expires: 120 });
    expect(tokenLeaseSchema.parse({ token: 'T2', expires: '120' })).toEqual({ token: 'T2', expires: 120 });
    expect(tokenLeaseSchema.parse({ token: 'T2', expires: 90 })).toEqual({ token: 'T2', expires: 90 });
  });

  it('refuses an expiry that could never be refreshed, or an empty token', () => {
    for (const expires of ['0', 0, -1, '-30', 'soon', '', null]) {
      expect(tokenLeaseSchema.safeParse({ token: 'T', expires }).success).toBe(false);
      expect(tokenGrantSchema.safeParse({ ...grant, expires }).success).toBe(false);
    }
    expect(tokenLeaseSchema.safeParse({ token: '', expires: '120' }).success).toBe(false);
  });

  it('reads flags in every spelling the node uses, and numbers sent as strings', () => {
    const parsed = tokenGrantSchema.parse({
      ...grant,
      chat_enabled: 'False',
      direct_media: 'YES',
      trickle_ice_enabled: true,
      pex_datachannel_id: '5',
      client_stats_update_interval: 30,
    });
    expect(parsed).toMatchObject({ chat_enabled: false, direct_media: true, trickle_ice_enabled: true, pex_datachannel_id: 5, client_stats_update_interval: 30 });
    expect(tokenGrantSchema.safeParse({ ...grant, chat_enabled: 'maybe' }).success).toBe(false);
  });

  it('strips fields it does not know', () => {
    expect(Object.hasOwn(tokenGrantSchema.parse({ ...grant, future_field: 1 }), 'future_field')).toBe(false);
  });
});
