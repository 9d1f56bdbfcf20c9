import { test as base } from '@playwright/test';
import { AppShell } from '../pages/app-shell.page';
import { SignInPage } from '../pages/sign-in.page';
import { A11yChecker } from './a11y';

interface Fixtures {
  a11y: A11yChecker;
  signInPage: SignInPage;
  shell: AppShell;
}

function baseUrlFromSetup(): string {
  const url = process.env['E2E_BASE_URL'];
  if (url === undefined) throw new Error('E2E_BASE_URL is not set: run the suite through tests/e2e/playwright.config.ts (its global setup starts the server).');
  return url;
}

export const test = base.extend<Fixtures>({
  // The server's port is chosen at run time by the global setup.
  baseURL: async ({ baseURL: _configured }, use) => {
    await use(baseUrlFromSetup());
  },
  a11y: async ({ page }, use, testInfo) => {
    await use(new A11yChecker(page, testInfo));
  },
  signInPage: async ({ page }, use) => {
    await use(new SignInPage(page));
  },
  shell: async ({ page }, use) => {
    await use(new AppShell(page));
  },
});

export { expect } from '@playwright/test';

/** Matches a page URL whose path is exactly `path`. */
export function urlPath(path: string): RegExp {
  return new RegExp(`^[^?#]*://[^/]+${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[?#].*)?$`);
}
