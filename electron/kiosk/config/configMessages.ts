// Turns schema issues into lines an administrator can act on: which file, which key, what is wrong.
import type { z } from 'zod';
import { kioskConfigKeys } from './kioskConfigSchema';

const knownKeys = Object.keys(kioskConfigKeys);

function suggestion(key: string): string {
  const near = knownKeys.find((known) => known.toLowerCase() === key.toLowerCase().replace(/[-_]/g, ''));
  return near ? ` (did you mean "${near}"?)` : '';
}

/** One line per problem: `<source>: "<key>" <problem>`. */
export function describeConfigIssues(source: string, error: z.ZodError): string[] {
  const lines: string[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const where = issue.path.length > 0 ? ` in "${issue.path.join('.')}"` : '';
      for (const key of issue.keys) lines.push(`${source}: unknown key "${key}"${where}${suggestion(key)}`);
      continue;
    }
    const key = issue.path.map(String).join('.');
    lines.push(key ? `${source}: "${key}" ${issue.message}` : `${source}: ${issue.message}`);
  }
  return lines;
}

export function missingKeyMessage(key: string): string {
  return `"${key}" is missing: set it in a kiosk configuration file or with a command-line flag`;
}
