// Orders DNS SRV records the way RFC 2782 says a client tries them: lowest priority first; within
// one priority, a weighted random draw (weight 0 records get a small chance, and go first in the
// running sum so that they do), repeated until every record of that priority is placed.

export interface SrvRecord {
  name: string;
  port: number;
  priority: number;
  weight: number;
}

/** `random` returns a number in [0, 1) (Math.random by default; injected in tests). */
export function orderSrvRecords(records: readonly SrvRecord[], random: () => number = Math.random): SrvRecord[] {
  // A single record with target "." means the service is decidedly not available here.
  const usable = records.filter((record) => record.name !== '' && record.name !== '.');
  const priorities = [...new Set(usable.map((record) => record.priority))].sort((a, b) => a - b);
  const ordered: SrvRecord[] = [];
  for (const priority of priorities) {
    const remaining = usable
      .filter((record) => record.priority === priority)
      .sort((a, b) => (a.weight === 0 ? 0 : 1) - (b.weight === 0 ? 0 : 1));
    while (remaining.length > 0) {
      const total = remaining.reduce((sum, record) => sum + record.weight, 0);
      // Uniform in [0, total]: with total 0 every pick is the first remaining record.
      const draw = Math.floor(random() * (total + 1));
      let running = 0;
      let index = remaining.findIndex((record) => {
        running += record.weight;
        return running >= draw;
      });
      if (index < 0) index = remaining.length - 1;
      const [picked] = remaining.splice(index, 1);
      if (picked) ordered.push(picked);
    }
  }
  return ordered;
}
