import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { NumberInput } from './number-input';
import { StatusResult } from './status-result';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('labels antd writes in English', () => {
  it('names a number field’s step buttons in Chinese on a Chinese screen', async () => {
    await i18n.changeLanguage('zh');
    const { container } = render(<NumberInput aria-label="人数" defaultValue={3} />);

    expect(container.querySelector('.ant-input-number-action-up')).toHaveAttribute('aria-label', '增加');
    expect(container.querySelector('.ant-input-number-action-down')).toHaveAttribute('aria-label', '减少');
    expect(container.innerHTML).not.toMatch(/Increase Value|Decrease Value/);
  });

  it('renames the step buttons when the language changes', async () => {
    const { container } = render(<NumberInput aria-label="Headcount" defaultValue={3} />);
    expect(container.querySelector('.ant-input-number-action-up')).toHaveAttribute('aria-label', 'Increase');

    await act(() => i18n.changeLanguage('zh'));

    expect(container.querySelector('.ant-input-number-action-up')).toHaveAttribute('aria-label', '增加');
  });

  it('titles the not-allowed drawing in the UI’s language, not “Unauthorized”', async () => {
    await i18n.changeLanguage('zh');
    const { container } = render(<StatusResult status="403" title="无权访问收件箱" />);

    expect(screen.getByText('无权访问收件箱')).toBeInTheDocument();
    expect(container.querySelector('svg > title')).toHaveTextContent('无权访问');
    expect(container.textContent).not.toContain('Unauthorized');

    await act(() => i18n.changeLanguage('en'));
    expect(container.querySelector('svg > title')).toHaveTextContent('Not allowed');
  });
});
