import { describe, expect, it, vi } from 'vitest';
import { prefersReducedMotion, themeFor } from './theme';

describe('the theme', () => {
  it("turns antd's animations off for whoever prefers reduced motion, and only for them", () => {
    expect(themeFor(true).token.motion).toBe(false);
    expect(themeFor(false).token.motion).toBe(true);
  });

  it("reads the preference from the browser's media query", () => {
    const asked: string[] = [];
    vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => {
      asked.push(query);
      return { matches: true, media: query } as MediaQueryList;
    });
    expect(prefersReducedMotion()).toBe(true);
    expect(asked).toEqual(['(prefers-reduced-motion: reduce)']);
  });

  it('keeps every text colour it sets, placeholders included, at 4.5:1 or more on white (WCAG AA)', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5]
        .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (hex: string) => 1.05 / (luminance(hex) + 0.05);
    const { token } = themeFor(false);
    for (const colour of [
      token.colorTextSecondary,
      token.colorTextDescription,
      token.colorTextTertiary,
      token.colorTextPlaceholder,
      token.colorError,
    ]) {
      expect(contrast(colour), colour).toBeGreaterThanOrEqual(4.5);
    }
  });
});
