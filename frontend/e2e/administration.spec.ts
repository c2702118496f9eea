import { expect, test } from '@playwright/test';
import { apiAs, expectNoEnglishUiBesideNames, chooseOption, signInFresh, unique } from './support-scenarios';
import { en } from '../src/lib/i18n/en';
import { zh as chinese } from '../src/lib/i18n/zh';
import { confirmPopup, expectAccessible, screenshot, signIn, successMessage, type Language } from './support';

/**
 * The administrator creates a venue manager's account (with a venue from the picker), the new
 * account signs in in a browser of its own, the administrator disables it and finds that in the
 * audit log; disabling the last administrator is refused and says so. Officers are not let in.
 */
const VENUE = 'great-hall-of-the-people';

const STRINGS = { en, zh: chinese };

for (const language of ['en', 'zh'] as Language[]) {
  test(`an administrator creates, disables and audits an account (${language})`, async ({
    page,
    browser,
    playwright,
  }) => {
    const zh = language === 'zh';
    const username = `e2e.${unique(language)}`;
    const password = `E2E-password-${Date.now()}`;
    const adminApi = await apiAs(playwright, 'admin');
    const venue = (await (await adminApi.get(`/api/venues/${VENUE}`)).json()) as { nameEn: string; nameZh?: string };
    const venueLabel = zh && venue.nameZh ? venue.nameZh : venue.nameEn;

    await signIn(page, 'admin', language);
    await page
      .getByRole('navigation')
      .getByRole('link', { name: zh ? '账户管理' : 'Accounts' })
      .click();
    const table = page.getByTestId('accounts-table');
    await expect(table.getByTestId('account-admin')).toBeVisible();
    await screenshot(page, `admin-accounts-${language}`);
    await expectAccessible(page, `accounts (${language})`);
    if (zh) await expectNoEnglishUiBesideNames(page, 'accounts');

    // Create a venue manager's account.
    await page.getByTestId('account-create').click();
    const dialog = page.locator('.account-dialog');
    await dialog.getByTestId('account-username').fill(username);
    await dialog.getByTestId('account-display-name').fill(`E2E ${language}`);
    await dialog.getByRole('checkbox', { name: zh ? '场馆负责人' : 'Venue manager' }).check();
    await chooseOption(page, '[data-testid="account-venues"]', venueLabel);
    await dialog.getByTestId('account-password').fill('short');
    await dialog.locator('.ant-btn-primary').click();
    await expect(dialog.locator('.ant-form-item-explain-error')).toContainText(
      zh ? '至少 12 个字符' : 'At least 12 characters',
    );
    await dialog.getByTestId('account-password').fill(password);
    await dialog.locator('.ant-modal-title').click(); // closes the venue picker's list
    await screenshot(page, `admin-account-dialog-${language}`);
    await expectAccessible(page, `account dialog (${language})`, '.account-dialog');
    if (zh) await expectNoEnglishUiBesideNames(page, 'account dialog');
    await dialog.locator('.ant-btn-primary').click();
    await expect(
      successMessage(page, STRINGS[language].admin.accounts.created.replace('{{username}}', username)),
    ).toBeVisible();
    await page.locator('#account-search').fill(username);
    await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(1);
    await expect(table.getByTestId(`account-status-${username}`)).toHaveText(zh ? '已启用' : 'Enabled');
    await expect(table).toContainText(venueLabel);

    // The new account signs in, in a browser of its own.
    const newcomer = await signInFresh(browser, username, password, language);
    await expect(newcomer.getByTestId('current-user')).toContainText(`E2E ${language}`);
    await newcomer.context().close();
    // Choosing a language saved it to the account, whose version moved on: read the list again.
    await page.reload();
    await page.locator('#account-search').fill(username);

    // Disable it, after confirming.
    await table.getByRole('button', { name: `${zh ? '停用' : 'Disable'} ${username}` }).click();
    await confirmPopup(page);
    await expect(table.getByTestId(`account-status-${username}`)).toHaveText(zh ? '已停用' : 'Disabled');
    expect((await (await apiAs(playwright, username, password)).get('/api/me')).status()).toBe(401);

    // The last administrator cannot be disabled: the refusal stays on screen.
    await page.locator('#account-search').fill('admin');
    await table.getByRole('button', { name: `${zh ? '停用' : 'Disable'} admin` }).click();
    await confirmPopup(page);
    await expect(page.getByTestId('account-refusal')).toBeVisible();
    await expect(table.getByTestId('account-status-admin')).toHaveText(zh ? '已启用' : 'Enabled');

    // The audit log shows the disabling, newest first, with what changed.
    await page
      .getByRole('navigation')
      .getByRole('link', { name: zh ? '审计日志' : 'Audit log' })
      .click();
    await page.getByTestId('audit-entity').click();
    await page
      .locator('.ant-select-dropdown .ant-select-item-option')
      .filter({ hasText: zh ? '账户' : 'Account' })
      .first()
      .click();
    await page.getByTestId('audit-entity-id').fill(username);
    // The filtered answer, not the unfiltered log shown before it (whose newest entry may be the same).
    const [audit] = await Promise.all([
      page.waitForResponse(
        (response) =>
          new URL(response.url()).pathname === '/api/audit' &&
          new URL(response.url()).searchParams.get('entityId') === username,
      ),
      page.getByTestId('audit-apply').click(),
    ]);
    expect(audit.status()).toBe(200);
    const rows = page.getByTestId('audit-table').locator('tbody tr.ant-table-row');
    await expect(rows.filter({ hasNotText: username })).toHaveCount(0);
    // Newest first: the disabling, (in Chinese, the new account saving its language,) the creation.
    await expect(rows.first()).toContainText(zh ? '停用' : 'disable');
    await expect(rows.last()).toContainText(zh ? '新建' : 'create');
    await rows.first().locator('.ant-table-row-expand-icon').click();
    const changes = page.locator('.audit-changes').first();
    await expect(changes.locator('tbody tr').filter({ hasText: 'enabled' })).toContainText('true');
    await screenshot(page, `admin-audit-${language}`);
    await expectAccessible(page, `audit log (${language})`);
    if (zh) await expectNoEnglishUiBesideNames(page, 'audit log');

    // An officer is not let in: no menu item, a clear refusal, and the API says 403.
    const officer = await signInFresh(browser, 'officer', 'demo', language);
    await expect(officer.getByRole('navigation').getByRole('link', { name: zh ? '账户管理' : 'Accounts' })).toHaveCount(
      0,
    );
    await officer.goto('/admin/accounts');
    await expect(officer.getByTestId('not-allowed')).toBeVisible();
    await expect(officer.getByTestId('accounts-table')).toHaveCount(0);
    await screenshot(officer, `admin-not-allowed-${language}`);
    await expectAccessible(officer, `not allowed (${language})`);
    if (zh) await expectNoEnglishUiBesideNames(officer, 'not allowed');
    expect((await (await apiAs(playwright, 'officer')).get('/api/accounts')).status()).toBe(403);
    await officer.context().close();
  });
}
