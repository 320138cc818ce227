// One line naming what is wrong in a value a schema refused: paths and zod's messages only, never
// the values themselves (they may hold a PIN or a token).
import type { z } from 'zod';

/** `rootName` stands for the value itself when an issue has an empty path (e.g. "(argument)"). */
export function summarizeIssues(error: z.ZodError, rootName: string): string {
  return error.issues.map((issue) => `${issue.path.join('.') || rootName}: ${issue.message}`).join('; ');
}
