import axe from 'axe-core';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** accessibility.md, Tested on every resident screen: these tags, plus the 7:1 contrast rule. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core in the page itself. Its source goes into a document once, and each check is one
 * `axe.run`: about 0.2 s a screen, where @axe-core/playwright put the 500 KB source in again and opened
 * a blank page to gather the results, about 1.8 s each time. The kiosk has no frames to reach into.
 *
 * The rules: every rule of the tags above and of axe's best practices, and the 7:1 contrast rule. A
 * check fails if one of the tags' rules did not run, but for those axe itself marks experimental or
 * deprecated (such as p-as-heading), which it leaves out of its tags' runs.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const { ran, required, violations } = await page.evaluate(async ({ tags, notYetReliable }) => {
    const inPage = (window as unknown as { axe: typeof axe }).axe;
    const results = await inPage.run(document, {
      runOnly: { type: 'tag', values: [...tags, 'best-practice'] },
      rules: { 'color-contrast-enhanced': { enabled: true } },
      resultTypes: ['violations'],
    });
    return {
      ran: [...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map((rule) => rule.id),
      required: inPage
        .getRules(tags)
        .filter((rule) => !rule.tags.some((tag) => notYetReliable.includes(tag)))
        .map((rule) => rule.ruleId),
      violations: results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
    };
  }, { tags: axeTags, notYetReliable: ['experimental', 'deprecated'] });
  expect(
    required.filter((rule) => !ran.includes(rule)),
    'rules of the WCAG tags that did not run',
  ).toEqual([]);
  expect(ran, 'the 7:1 contrast rule ran').toContain('color-contrast-enhanced');
  expect(violations).toEqual([]);
}
