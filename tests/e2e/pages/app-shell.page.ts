import { expect, type Locator, type Page } from '@playwright/test';

/** The signed-in layout: header with the user and the role's navigation, and the page. */
export class AppShell {
  readonly banner: Locator;
  readonly nav: Locator;
  readonly navLinks: Locator;
  readonly user: Locator;
  readonly userRole: Locator;
  readonly userInstitution: Locator;
  readonly signOutButton: Locator;
  readonly pageHeading: Locator;

  constructor(private readonly page: Page) {
    this.banner = page.getByRole('banner');
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.navLinks = this.nav.getByRole('link');
    this.user = page.getByTestId('current-user');
    this.userRole = page.getByTestId('current-user-role');
    this.userInstitution = page.getByTestId('current-user-institution');
    this.signOutButton = page.getByRole('button', { name: 'Sign out' });
    this.pageHeading = page.getByRole('main').getByRole('heading', { level: 1 });
  }

  async expectSignedInAs(displayName: string, roleLabel: string): Promise<void> {
    await expect(this.banner).toContainText('Match Compass');
    await expect(this.user).toContainText(displayName);
    await expect(this.userRole).toHaveText(roleLabel);
    await expect(this.userInstitution).not.toBeEmpty();
  }

  async openNavItem(label: string): Promise<void> {
    await this.nav.getByRole('link', { name: label, exact: true }).click();
    await expect(this.nav.getByRole('link', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
  }

  async signOut(): Promise<void> {
    await this.signOutButton.click();
  }

  /** True when the page is wider than the viewport (something overflows sideways). */
  async overflowsHorizontally(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  }
}
