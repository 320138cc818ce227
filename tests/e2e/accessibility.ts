// The accessibility check every screen passes: axe-core's WCAG 2.x A/AA rules (and its best practices)
// on the page as a person sees it. A violation fails the test with the rule, the elements and the help text.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeScreenResult {
  screen: string;
  violations: number;
  passes: number;
}

/** Every screen checked in this run, for the report the accessibility spec prints. */
export const axeResults: AxeScreenResult[] = [];

export async function expectNoAxeViolations(page: Page, screenName: string): Promise<void> {
  // Only violations carry their elements: listing every passing element costs minutes on a busy machine.
  const results = await new AxeBuilder({ page }).withTags(wcagTags).options({ resultTypes: ['violations'] }).analyze();
  axeResults.push({ screen: screenName, violations: results.violations.length, passes: results.passes.length });
  const described = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
  );
  expect(described, `axe violations on the ${screenName} screen`).toEqual([]);
}
