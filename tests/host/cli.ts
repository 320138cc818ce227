// npm run web -- [--port 5180] [--node http://127.0.0.1:18080] [--alias meet.alice] [--renderer-dir out/renderer]
//   [--kiosk-config kiosk.json [--status-port 9100]]  kiosk room system mode
//   [--srv-file records.json]  answer _pexapp._tcp lookups from a file instead of DNS (tests)
//   [--share-picker]  Parley's own share picker with "Share computer sound" (tests)
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultJoinQuery, startBrowserHost, withPageQuery } from './index';
import { srvFileDiscovery } from './srvFile';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5180' },
    node: { type: 'string' },
    alias: { type: 'string' },
    'renderer-dir': { type: 'string' },
    'kiosk-config': { type: 'string' },
    'status-port': { type: 'string' },
    'srv-file': { type: 'string' },
    'share-picker': { type: 'boolean' },
  },
});
// A build elsewhere (`electron-vite build --outDir <dir>`) is served with --renderer-dir or PARLEY_RENDERER_DIR.
const rendererDir = resolve(values['renderer-dir'] ?? process.env.PARLEY_RENDERER_DIR ?? resolve(import.meta.dirname, '../../out/renderer'));
if (!existsSync(resolve(rendererDir, 'index.html'))) {
  console.error('The renderer is not built yet. Run "npm run build" first.');
  process.exit(1);
}
const defaultJoin = values.node ? { node: values.node, alias: values.alias } : undefined;
// Kiosk mode: the room policy runs in this process; --node and --alias override the file's keys.
const kioskFlags = { ...(values.node ? { node: values.node } : {}), ...(values.alias ? { alias: values.alias } : {}) };
const kiosk = values['kiosk-config']
  ? {
      configFile: resolve(values['kiosk-config']),
      flags: kioskFlags,
      ...(values['status-port'] ? { statusPort: Number(values['status-port']) } : {}),
    }
  : undefined;
const discovery = values['srv-file'] ? srvFileDiscovery(resolve(values['srv-file'])) : undefined;
const host = await startBrowserHost({
  port: Number(values.port),
  rendererDir,
  ...(kiosk ? { kiosk } : { defaultJoin }),
  ...(discovery ? { discovery } : {}),
  ...(values['share-picker'] ? { sharePicker: true } : {}),
});
if (host.kioskStatusPort) console.log(`Kiosk health on http://127.0.0.1:${host.kioskStatusPort}/health`);
const query = defaultJoin && !kiosk ? defaultJoinQuery(defaultJoin) : '';
// The printed address carries the per-launch secret: open exactly this address.
console.log(`Parley browser host listening on ${withPageQuery(host.pageUrl, query)}`);
const stop = (): void => {
  void host.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
