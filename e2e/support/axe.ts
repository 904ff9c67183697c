import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** accessibility.md, Tested on every resident screen: these tags, plus the 7:1 contrast rule. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(axeTags)
    .options({ rules: { 'color-contrast-enhanced': { enabled: true } } })
    .analyze();
  const ran = [...results.passes, ...results.violations, ...results.incomplete].map((rule) => rule.id);
  expect(ran, 'the 7:1 contrast rule ran').toContain('color-contrast-enhanced');
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}
