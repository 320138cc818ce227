// SRV answers from a JSON file ({"_pexapp._tcp.example.test": [{name, port, priority, weight}]}),
// so an end-to-end test can put the simulator behind a domain without DNS. The simulator speaks
// http on loopback, so the records' targets are reached over http.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { MeetingServiceOptions, SrvResolver } from '../../electron/service';

const recordsSchema = z.record(
  z.string(),
  z.array(z.object({ name: z.string(), port: z.number().int().min(1).max(65535), priority: z.number().int(), weight: z.number().int() })),
);

export function srvFileDiscovery(file: string): NonNullable<MeetingServiceOptions['discovery']> {
  const records = recordsSchema.parse(JSON.parse(readFileSync(file, 'utf8')) as unknown);
  const resolveSrv: SrvResolver = async (name) => {
    const found = Object.hasOwn(records, name) ? records[name] : undefined;
    if (!found) throw Object.assign(new Error(`queryNotFound ${name}`), { code: 'ENOTFOUND' });
    return found;
  };
  return { resolveSrv, srvScheme: 'http' };
}
