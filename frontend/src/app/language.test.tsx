import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, notSignedIn, problem } from '@/testing/mock-api';
import { protocolOfficer } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';

const LATIN = /[A-Za-z]/;

/** Every piece of text a person or a screen reader meets in the element, except inside `skip`. */
function uiStrings(root: Element, skip: Element): Array<{ where: string; text: string }> {
  const strings: Array<{ where: string; text: string }> = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (skip.contains(node)) {
      continue;
    }
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent?.trim();
      if (text) strings.push({ where: 'text', text });
    } else {
      for (const attribute of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = (node as Element).getAttribute(attribute);
        if (value) strings.push({ where: attribute, text: value });
      }
    }
  }
  return strings;
}

describe('the language switch', () => {
  it('turns the sign-in page wholly into Chinese', async () => {
    mockApi({ 'GET /api/me': notSignedIn });
    const { user, container } = renderApp('/');

    await user.click(await screen.findByRole('radio', { name: '简体中文' }));

    expect(await screen.findByRole('heading', { level: 1, name: '礼宾活动排期系统' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '登录' })).toBeInTheDocument();
    expect(screen.getByLabelText('用户名')).toBeInTheDocument();
    expect(screen.getByLabelText('密码')).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: '语言' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.title).toBe('礼宾活动排期系统');

    // The one Latin word left is the name of the other language, written in that language.
    const englishOption = screen.getByRole('radio', { name: 'English' }).closest('label')!;
    const english = uiStrings(container, englishOption).filter(({ text }) => LATIN.test(text));
    expect(english).toEqual([]);
  });

  it('shows the validation messages in Chinese too', async () => {
    mockApi({ 'GET /api/me': notSignedIn });
    const { user } = renderApp('/');

    await user.click(await screen.findByRole('radio', { name: '简体中文' }));
    await user.click(screen.getByRole('button', { name: '登录' }));

    expect(await screen.findByText('请输入用户名。')).toBeInTheDocument();
  });

  it('keeps a language chosen on the sign-in page and saves it to the account', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const api = mockApi({
      'GET /api/me': notSignedIn,
      'POST /login': () => json(protocolOfficer()), // the account still says English
      'PUT /api/me/preferences': () => json({ ...protocolOfficer(), language: 'zh' }),
    });
    const { user } = renderApp('/');

    await user.click(await screen.findByRole('radio', { name: '简体中文' }));
    await user.click(screen.getByLabelText('用户名'));
    await user.paste('officer');
    await user.click(screen.getByLabelText('密码'));
    await user.paste('secret');
    await user.click(screen.getByRole('button', { name: '登录' }));

    const header = await screen.findByRole('banner');
    expect(await within(header).findByRole('button', { name: '退出登录' })).toBeInTheDocument();
    expect(within(header).getByText('礼宾官员')).toBeInTheDocument();
    await waitFor(() => expect(api.sent('PUT /api/me/preferences')).toHaveLength(1));
    const [save] = api.sent('PUT /api/me/preferences');
    expect(JSON.parse(save!.body!)).toEqual({ language: 'zh' });
    expect(save!.headers.get('X-XSRF-TOKEN')).toBe('t');
  });

  it('adopts the language the account remembers', async () => {
    const api = mockApi({ 'GET /api/me': () => json({ ...protocolOfficer(), language: 'zh' }) });
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: '概览' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: '主导航' })).toBeInTheDocument();
    expect(api.sent('PUT /api/me/preferences')).toHaveLength(0);
  });

  it('switches in the shell at once and saves the choice to the account', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const api = mockApi({
      'GET /api/me': () => json(protocolOfficer()),
      'PUT /api/me/preferences': () => json({ ...protocolOfficer(), language: 'zh' }),
    });
    const { user } = renderApp('/');

    await user.click(await screen.findByRole('radio', { name: '简体中文' }));

    expect(await screen.findByRole('button', { name: '退出登录' })).toBeInTheDocument();
    await waitFor(() => expect(api.sent('PUT /api/me/preferences')).toHaveLength(1));
    expect(localStorage.getItem('protocol-planner.language')).toBe('zh');
  });

  it('keeps the choice on this device while the backend cannot save it yet', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    mockApi({
      'GET /api/me': () => json(protocolOfficer()),
      'PUT /api/me/preferences': () => problem(404, 'Not Found'),
    });
    const { user, unmount } = renderApp('/');
    await user.click(await screen.findByRole('radio', { name: '简体中文' }));
    await screen.findByRole('button', { name: '退出登录' });
    unmount();

    // The next visit: the account still says English, the device's unsaved choice wins.
    const api = mockApi({
      'GET /api/me': () => json(protocolOfficer()),
      'PUT /api/me/preferences': () => problem(404, 'Not Found'),
    });
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: '概览' })).toBeInTheDocument();
    await waitFor(() => expect(api.sent('PUT /api/me/preferences')).toHaveLength(1));
    expect(screen.getByRole('heading', { level: 1, name: '概览' })).toBeInTheDocument();
  });
});
