// GET theme/ (splash screens; direct media rooms only, others answer 204) and theme/<resource>.
import type { ConferencingNode } from '../conferencingNode';
import { themeResource, themeScreens } from '../conference/theme';
import { failed, success, writeBody } from '../http/respond';
import type { Router } from '../http/router';
import { addScoped } from './scope';

export function addThemeRoutes(router: Router, node: ConferencingNode): void {
  addScoped(router, node, 'GET', 'theme', ({ room }, ctx) => {
    if (room.config.directMedia) return success(themeScreens());
    writeBody(ctx.res, 204, undefined, '');
    return null;
  });
  addScoped(router, node, 'GET', 'theme/:resource', (_scope, ctx) => {
    const resource = themeResource(ctx.params['resource'] ?? '');
    if (!resource) return failed(404, 'No such theme resource');
    writeBody(ctx.res, 200, resource.type, resource.body);
    return null;
  });
}
