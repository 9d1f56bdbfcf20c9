import { DEMO_ACCOUNTS, DEMO_PASSWORD, NAVIGATION, ROLE_LABELS, ROLES, ROUTES } from '@advising/contracts';
import { expect, test, urlPath } from '../support/fixtures';

test.describe('signing in and out', () => {
  for (const role of ROLES) {
    const account = DEMO_ACCOUNTS[role];
    const navigation = NAVIGATION[role];

    test(`${ROLE_LABELS[role]} signs in, sees their own navigation and signs out`, async ({ page, signInPage, shell, a11y }) => {
      await page.goto(ROUTES.home);
      await expect(page).toHaveURL(urlPath(ROUTES.signIn));
      await signInPage.expectShown();
      await a11y.check('sign-in');

      await signInPage.signIn(account.email, DEMO_PASSWORD);

      await expect(page).toHaveURL(urlPath(navigation[0].path));
      await shell.expectSignedInAs(account.displayName, ROLE_LABELS[role]);
      await expect(shell.navLinks).toHaveText(navigation.map((item) => item.label));
      await expect(shell.pageHeading).toBeVisible();
      await a11y.check(`${role} ${navigation[0].label}`);

      for (const item of navigation.slice(1)) {
        await shell.openNavItem(item.label);
        await expect(page).toHaveURL(urlPath(item.path));
        await expect(shell.pageHeading).toHaveText(item.label);
        await a11y.check(`${role} ${item.label}`);
      }

      await shell.signOut();

      await expect(page).toHaveURL(urlPath(ROUTES.signIn));
      await signInPage.expectShown();
      await expect(signInPage.notice).toHaveText('You have signed out.');
      await expect(shell.nav).toHaveCount(0);
      await a11y.check(`${role} signed out`);

      // The session is really over: the role's page sends us back to sign-in.
      await page.goto(navigation[0].path);
      await expect(page).toHaveURL(urlPath(ROUTES.signIn));
      await signInPage.expectShown();
    });
  }

  test('a wrong password shows a clear message and keeps what was typed', async ({ page, signInPage, a11y }) => {
    await signInPage.goto();

    await signInPage.signIn(DEMO_ACCOUNTS.ADVISOR.email, 'definitely-not-the-password');

    await expect(signInPage.error).toHaveText('Email or password is incorrect.');
    await expect(signInPage.email).toHaveValue(DEMO_ACCOUNTS.ADVISOR.email);
    await expect(signInPage.password).toHaveValue('definitely-not-the-password');
    await expect(signInPage.submit).toBeEnabled();
    await expect(page).toHaveURL(urlPath(ROUTES.signIn));
    await a11y.check('sign-in wrong password');
  });

  test('a reload keeps the user signed in, and the server knows who they are', async ({ page, signInPage, shell }) => {
    const account = DEMO_ACCOUNTS.MENTOR;
    await signInPage.goto();
    await signInPage.signIn(account.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(urlPath(NAVIGATION.MENTOR[0].path));

    await page.reload();

    await shell.expectSignedInAs(account.displayName, ROLE_LABELS.MENTOR);
    await expect(shell.navLinks).toHaveText(NAVIGATION.MENTOR.map((item) => item.label));
    await shell.signOut();
    await signInPage.expectShown();
  });

  test('a session the server no longer accepts sends the user back to sign-in', async ({ page, signInPage, a11y }) => {
    await signInPage.goto();
    await signInPage.signIn(DEMO_ACCOUNTS.ADVISOR.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(urlPath(NAVIGATION.ADVISOR[0].path));

    // Replace the stored refresh token with one the server never issued, then reload:
    // the access token was only in memory, so the app must renew, and the server refuses.
    await page.evaluate(() => {
      for (const key of Object.keys(window.sessionStorage)) window.sessionStorage.setItem(key, 'revoked-or-forged');
    });
    await page.reload();

    await expect(page).toHaveURL(urlPath(ROUTES.signIn));
    await expect(signInPage.notice).toHaveText('Your session has ended. Please sign in again.');
    await a11y.check('session ended');

    // Signing in again returns to where the user was.
    await signInPage.signIn(DEMO_ACCOUNTS.ADVISOR.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(urlPath(NAVIGATION.ADVISOR[0].path));
  });

  test('a student cannot open an admin page', async ({ page, signInPage, shell, a11y }) => {
    await signInPage.goto();
    await signInPage.signIn(DEMO_ACCOUNTS.STUDENT.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(urlPath(NAVIGATION.STUDENT[0].path));

    await page.goto(ROUTES.users);

    await expect(shell.pageHeading).toHaveText('Not available');
    await expect(shell.navLinks).toHaveText(NAVIGATION.STUDENT.map((item) => item.label));
    await a11y.check('student not available');
    await shell.signOut();
  });

  test('@phone the layout works on a 390 px phone', async ({ page, signInPage, shell, a11y }) => {
    const account = DEMO_ACCOUNTS.ADMIN;
    await signInPage.goto();
    expect(await shell.overflowsHorizontally()).toBe(false);
    await a11y.check('phone sign-in');

    await signInPage.signIn(account.email, DEMO_PASSWORD);

    await expect(page).toHaveURL(urlPath(NAVIGATION.ADMIN[0].path));
    await shell.expectSignedInAs(account.displayName, ROLE_LABELS.ADMIN);
    for (const item of NAVIGATION.ADMIN) await expect(shell.nav.getByRole('link', { name: item.label, exact: true })).toBeVisible();
    await expect(shell.signOutButton).toBeVisible();
    expect(await shell.overflowsHorizontally()).toBe(false);
    await a11y.check('phone admin');

    await shell.signOut();
    await signInPage.expectShown();
  });
});
