// npm run web -- [--port 5180] [--node http://127.0.0.1:18080] [--alias meet.alice] [--renderer-dir out/renderer]
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultJoinQuery, startBrowserHost } from './index';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5180' },
    node: { type: 'string' },
    alias: { type: 'string' },
    'renderer-dir': { type: 'string' },
  },
});
// A build elsewhere (`electron-vite build --outDir <dir>`) is served with --renderer-dir or PARLEY_RENDERER_DIR.
const rendererDir = resolve(values['renderer-dir'] ?? process.env.PARLEY_RENDERER_DIR ?? resolve(import.meta.dirname, '../../out/renderer'));
if (!existsSync(resolve(rendererDir, 'index.html'))) {
  console.error('The renderer is not built yet. Run "npm run build" first.');
  process.exit(1);
}
const defaultJoin = values.node ? { node: values.node, alias: values.alias } : undefined;
const host = await startBrowserHost({ port: Number(values.port), rendererDir, defaultJoin });
const query = defaultJoin ? `/${defaultJoinQuery(defaultJoin)}` : '';
console.log(`Parley browser host listening on ${host.url}${query}`);
const stop = (): void => {
  void host.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
