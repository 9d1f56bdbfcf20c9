import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

const BLOCKING = new Set(['serious', 'critical']);

/**
 * Runs axe on the page as it is now and fails on serious or critical violations of WCAG 2.x A/AA.
 * The full report and a screenshot are attached to the test as artifacts.
 */
export class A11yChecker {
  constructor(
    private readonly page: Page,
    private readonly testInfo: TestInfo,
  ) {}

  async check(label: string): Promise<void> {
    const results = await new AxeBuilder({ page: this.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const slug = label.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    await this.testInfo.attach(`axe-${slug}.json`, { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
    const screenshot = this.testInfo.outputPath(`${slug}.png`);
    await this.page.screenshot({ path: screenshot, fullPage: true });
    await this.testInfo.attach(`${slug}.png`, { path: screenshot, contentType: 'image/png' });

    const blocking = results.violations
      .filter((violation) => BLOCKING.has(violation.impact ?? ''))
      .map((violation) => `${violation.impact ?? ''} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
    expect(blocking, `Accessibility violations on "${label}" (${this.page.url()})`).toEqual([]);
  }
}
