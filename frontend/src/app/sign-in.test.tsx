import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { csrfEndpoint, json, mockApi, noContent, notSignedIn, problem } from '@/testing/mock-api';
import { protocolOfficer } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { i18n } from '@/lib/i18n';

/** Fills in the form as a password manager would (one input event per field), then submits. */
async function signInAs(user: ReturnType<typeof renderApp>['user'], username: string, password: string) {
  await user.click(await screen.findByLabelText('Username'));
  await user.paste(username);
  await user.click(screen.getByLabelText('Password'));
  await user.paste(password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('signing in', () => {
  it('sends a visitor who is not signed in to the sign-in page', async () => {
    mockApi({ 'GET /api/me': notSignedIn });
    const { router } = renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Protocol Planner' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByLabelText('Username')).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'password');
  });

  it('signs in with the form, the CSRF header and the session cookie, and shows the shell with the role', async () => {
    document.cookie = 'XSRF-TOKEN=token-from-cookie; path=/';
    const api = mockApi({
      'GET /api/me': notSignedIn,
      'POST /login': () => json(protocolOfficer()),
    });
    const { user } = renderApp('/');

    await signInAs(user, 'officer', 'secret passphrase');

    await screen.findByRole('button', { name: 'Sign out' });
    const header = screen.getByRole('banner');
    expect(within(header).getByText('Protocol Officer')).toBeInTheDocument();
    expect(within(header).getByText('Protocol officer')).toBeInTheDocument();
    expect(within(header).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();

    const [login] = api.sent('POST /login');
    expect(login?.headers.get('X-XSRF-TOKEN')).toBe('token-from-cookie');
    expect(login?.headers.get('Content-Type')).toMatch(/^application\/x-www-form-urlencoded/);
    expect(login?.credentials).toBe('same-origin');
    expect(new URLSearchParams(login?.body)).toEqual(
      new URLSearchParams({ username: 'officer', password: 'secret passphrase' }),
    );
    expect(api.sent('GET /api/csrf')).toHaveLength(0);
  });

  it('asks the server for a CSRF cookie first when there is none', async () => {
    const api = mockApi({
      'GET /api/me': notSignedIn,
      'GET /api/csrf': csrfEndpoint('fresh-token'),
      'POST /login': () => json(protocolOfficer()),
    });
    const { user } = renderApp('/');

    await signInAs(user, 'officer', 'secret');

    expect(await screen.findByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    const order = api.requests.map((r) => `${r.method} ${r.path}`);
    expect(order.indexOf('GET /api/csrf')).toBeLessThan(order.indexOf('POST /login'));
    expect(api.sent('POST /login')[0]?.headers.get('X-XSRF-TOKEN')).toBe('fresh-token');
  });

  it('shows the problem detail of a refused sign-in and stays on the page', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    mockApi({
      'GET /api/me': notSignedIn,
      'POST /login': () => problem(401, 'Unauthorized', 'Wrong username or password.'),
    });
    const { user, router } = renderApp('/');

    await signInAs(user, 'officer', 'wrong');

    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong username or password.');
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
  });

  it('says how long to wait after too many attempts, in the chosen language', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    mockApi({
      'GET /api/me': notSignedIn,
      'POST /login': () =>
        new Response(
          JSON.stringify({
            title: 'Too Many Requests',
            status: 429,
            detail: 'Too many sign-in attempts: try again in 4 seconds.',
            retryAfterSeconds: 4,
          }),
          { status: 429, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '4' } },
        ),
    });
    const { user, router } = renderApp('/');

    await signInAs(user, 'officer', 'guess');

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many sign-in attempts. Wait 4 s, then try again.');
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('says so when the server cannot be reached', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    mockApi({
      'GET /api/me': notSignedIn,
      'POST /login': () => Promise.reject(new TypeError('Failed to fetch')),
    });
    const { user } = renderApp('/');

    await signInAs(user, 'officer', 'secret');

    expect(await screen.findByRole('alert')).toHaveTextContent('The server cannot be reached');
  });

  it('asks for both fields before sending anything', async () => {
    const api = mockApi({ 'GET /api/me': notSignedIn });
    const { user } = renderApp('/');

    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Enter your username.')).toBeInTheDocument();
    expect(await screen.findByText('Enter your password.')).toBeInTheDocument();
    expect(api.sent('POST /login')).toHaveLength(0);
  });

  it('returns to the page that was asked for', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    mockApi({ 'GET /api/me': notSignedIn, 'POST /login': () => json(protocolOfficer()) });
    const { user, router } = renderApp('/audit/42');

    await signInAs(user, 'officer', 'secret');

    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/audit/42');
  });
});

describe('signing in with the office directory', () => {
  const openIdConnect = {
    directory: {
      name: 'Municipal FAO directory',
      nameZh: '外办统一身份认证',
      passwords: false,
      signInUrl: '/oauth2/authorization/directory',
    },
  };

  it("leads to the directory's own sign-in page and keeps the form for local administrators", async () => {
    mockApi({ 'GET /api/me': notSignedIn, 'GET /api/sign-in-options': () => json(openIdConnect) });
    renderApp('/sign-in');

    const link = await screen.findByRole('link', { name: 'Sign in with Municipal FAO directory' });
    expect(link).toHaveAttribute('href', '/oauth2/authorization/directory');
    expect(screen.getByText('Administrators can also sign in with their local account:')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('names the directory in Chinese as the office set it', async () => {
    await i18n.changeLanguage('zh');
    mockApi({ 'GET /api/me': notSignedIn, 'GET /api/sign-in-options': () => json(openIdConnect) });
    renderApp('/sign-in');

    expect(await screen.findByRole('link', { name: '使用外办统一身份认证登录' })).toBeInTheDocument();
  });

  it("says the form takes the directory's passwords, in the UI's own words when the office gave no name", async () => {
    mockApi({
      'GET /api/me': notSignedIn,
      'GET /api/sign-in-options': () =>
        json({ directory: { name: null, nameZh: null, passwords: true, signInUrl: null } }),
    });
    renderApp('/sign-in');
    expect(await screen.findByText('Use the user name and password of the office directory.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Sign in with/ })).not.toBeInTheDocument();
  });

  it('says why the directory sign-in was refused when the browser comes back', async () => {
    mockApi({ 'GET /api/me': notSignedIn, 'GET /api/sign-in-options': () => json(openIdConnect) });
    renderApp('/sign-in?directory=no-role');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You are in no group of the office directory that has a role here.',
    );
  });

  it("says in the reader's language why a right password was refused", async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    await i18n.changeLanguage('zh');
    mockApi({
      'GET /api/me': notSignedIn,
      'POST /login': () =>
        new Response(
          JSON.stringify({ status: 403, detail: 'Sign in with the office directory: ...', reason: 'local-closed' }),
          { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    });
    const { user } = renderApp('/sign-in');

    await user.click(await screen.findByLabelText('用户名'));
    await user.paste('local.planner');
    await user.click(screen.getByLabelText('密码'));
    await user.paste('a local password');
    await user.click(screen.getByRole('button', { name: '登录' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('只有系统管理员可以使用本地账户登录');
  });
});

describe('signing out', () => {
  it('posts /logout with the CSRF header and goes back to the sign-in page', async () => {
    document.cookie = 'XSRF-TOKEN=t-out; path=/';
    const api = mockApi({ 'GET /api/me': () => json(protocolOfficer()), 'POST /logout': noContent });
    const { user, router } = renderApp('/');

    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(api.sent('POST /logout')[0]?.headers.get('X-XSRF-TOKEN')).toBe('t-out');
  });
});

describe('a session that is already open', () => {
  it('goes straight to the shell', async () => {
    mockApi({ 'GET /api/me': () => json(protocolOfficer()) });
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('current-user')).toHaveTextContent('Protocol officer'));
  });
});
