import { describe, expect, it } from 'vitest';
import { RouteTable } from '../../../sim/media/routeTable';

describe('RouteTable', () => {
  it('reports only receivers whose source changed', () => {
    const changes: string[] = [];
    const routes = new RouteTable((receiver, source) => changes.push(`${receiver}<-${source}`));
    routes.apply(new Map([['b', 'a'], ['a', 'b']]));
    expect(changes).toEqual(['b<-a', 'a<-b']);
    changes.length = 0;
    routes.apply(new Map([['b', 'a'], ['a', 'c'], ['c', 'a']]));
    expect(changes).toEqual(['a<-c', 'c<-a']);
    expect(routes.receiversOf('a')).toEqual(['b', 'c']);
    expect(routes.sourceOf('a')).toBe('c');
  });

  it('drops receivers without a source', () => {
    const routes = new RouteTable(() => undefined);
    routes.apply(new Map([['b', 'a']]));
    routes.apply(new Map([['b', undefined]]));
    expect(routes.sourceOf('b')).toBeUndefined();
    expect(routes.receiversOf('a')).toEqual([]);
  });
});
