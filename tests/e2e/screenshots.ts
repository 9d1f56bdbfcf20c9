/**
 * `npm run docs:screenshots`: pictures of the cohort dashboard and a student's recommendation
 * timeline for the README, taken from the built app on a throwaway database with the demo data.
 * Run `npm run build` first.
 */
import path from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@advising/contracts';
import { chromium } from 'playwright-core';
import { freePort, makeTempDir, repoRoot, startServer } from './support/server';

const OUT = path.join(repoRoot, 'docs', 'screenshots');

async function main(): Promise<void> {
  const dataDir = makeTempDir('match-compass-shots-');
  const server = await startServer({ port: await freePort(), dataDir: dataDir.dir, logFile: path.join(dataDir.dir, 'server.log'), readyTimeoutMs: 120_000 });
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.getByLabel('Email').fill(DEMO_ACCOUNTS.ADVISOR.email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: /Match 2027/ }).first().click();
    await page.getByRole('heading', { name: /Match 2027/, level: 1 }).waitFor();
    // The charts load as they come into view: scroll through the page, then wait for all of them.
    for (let y = 0; y < 6000; y += 600) {
      await page.mouse.wheel(0, 600);
      await page.waitForTimeout(150);
    }
    await page.waitForFunction(() => document.querySelectorAll('.recharts-surface').length >= 5, undefined, { timeout: 30_000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(OUT, 'cohort-dashboard.png'), fullPage: true });

    const student = page.getByRole('link', { name: DEMO_ACCOUNTS.STUDENT.displayName }).first();
    await page.getByLabel(/Search/i).first().fill(DEMO_ACCOUNTS.STUDENT.displayName);
    await student.click();
    const timeline = page.locator('section', { has: page.getByRole('heading', { name: 'Recommendation timeline' }) }).last();
    await timeline.scrollIntoViewIfNeeded();
    await timeline.locator('.recharts-surface').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(500);
    await timeline.screenshot({ path: path.join(OUT, 'student-timeline.png') });
    process.stdout.write(`Screenshots written to ${path.relative(repoRoot, OUT)}/\n`);
  } finally {
    await browser.close();
    await server.stop();
    dataDir.remove();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Screenshots failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
