// A strict reader of the Prometheus text exposition format (0.0.4) for tests: every line must be a
// HELP or TYPE comment or a sample `name{labels} value`; samples must follow their TYPE.
export interface PrometheusSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const namePattern = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const samplePattern = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+-?\d+)?$/;
const labelPattern = /^([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"$/;

function parseValue(text: string): number {
  if (text === 'NaN') return Number.NaN;
  if (text === '+Inf') return Number.POSITIVE_INFINITY;
  if (text === '-Inf') return Number.NEGATIVE_INFINITY;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) throw new Error(`not a number: ${text}`);
  return Number(text);
}

/** Throws on any line that is not valid exposition text. */
export function parsePrometheusText(text: string): PrometheusSample[] {
  if (!text.endsWith('\n')) throw new Error('the text must end with a newline');
  const types = new Map<string, string>();
  const samples: PrometheusSample[] = [];
  for (const line of text.slice(0, -1).split('\n')) {
    if (line === '') continue;
    if (line.startsWith('#')) {
      const comment = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(line);
      if (!comment) continue;
      const [, kind, name = '', rest = ''] = comment;
      if (!namePattern.test(name)) throw new Error(`bad metric name: ${name}`);
      if (kind === 'TYPE') {
        if (!['counter', 'gauge', 'histogram', 'summary', 'untyped'].includes(rest)) throw new Error(`bad type: ${line}`);
        if (types.has(name)) throw new Error(`TYPE given twice: ${name}`);
        types.set(name, rest);
      }
      continue;
    }
    const match = samplePattern.exec(line);
    if (!match) throw new Error(`not a sample line: ${line}`);
    const [, name = '', labelText, value = ''] = match;
    if (!types.has(name)) throw new Error(`sample before its TYPE: ${name}`);
    const labels: Record<string, string> = {};
    if (labelText) {
      for (const pair of labelText.split(',')) {
        const label = labelPattern.exec(pair.trim());
        if (!label) throw new Error(`bad label: ${pair}`);
        labels[label[1] ?? ''] = label[2] ?? '';
      }
    }
    samples.push({ name, labels, value: parseValue(value) });
  }
  return samples;
}
