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
});
