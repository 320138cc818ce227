import { describe, expect, it } from 'vitest';
import { success } from '../../sim/http/respond';
import { Router } from '../../sim/http/router';

describe('Router', () => {
  const router = new Router()
    .add('GET', '/api/conferences/:alias/participants', () => success('list'))
    .add('POST', '/api/conferences/:alias/participants/:uuid/calls/:call/ack', () => success('ack'));

  it('matches method and path and decodes parameters', () => {
    const match = router.match('POST', '/api/conferences/meet%40example.com/participants/p1/calls/c1/ack');
    expect(match?.params).toEqual({ alias: 'meet@example.com', uuid: 'p1', call: 'c1' });
  });

  it('does not match another method, a longer path or a malformed escape', () => {
    expect(router.match('POST', '/api/conferences/a/participants')).toBeUndefined();
    expect(router.match('GET', '/api/conferences/a/participants/extra')).toBeUndefined();
    expect(router.match('GET', '/api/conferences/%E0%A4%A/participants')).toBeUndefined();
  });
});
