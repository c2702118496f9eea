/** The look of the UI: antd's theme, the institution's red, and motion only for those who want it. */

/**
 * Whoever asks their system for less motion gets none: antd's opening, closing and sliding
 * animations are off (WCAG 2.3.3, animation from interactions).
 */
export function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export const themeFor = (reducedMotion: boolean) => ({
  // antd's component styles come precompiled (antd/dist/antd.css, imported in main.tsx) instead of
  // being computed in the browser on each component's first render: on the plan board that
  // computing took a third of the time from the data's arrival to a usable timeline.
  zeroRuntime: true,
  // Secondary text darker than antd's default (45 % black, 3.4:1 on white): 65 % black keeps
  // the 4.5:1 contrast that axe-core asks of text.
  token: {
    colorPrimary: '#8c1c13',
    borderRadius: 6,
    colorTextSecondary: '#595959',
    colorTextDescription: '#595959',
    colorTextTertiary: '#595959',
    // Placeholders are text too: antd's 25 % black reads at 1.9:1; 54 % black keeps 4.6:1 and still
    // looks lighter than what was typed.
    colorTextPlaceholder: '#757575',
    colorLink: '#8c1c13',
    // Danger buttons and error text: antd's #ff4d4f reads at 3.2:1 on white; #cf1322 keeps 5.6:1.
    colorError: '#cf1322',
    motion: !reducedMotion,
  },
  components: { Layout: { headerBg: '#ffffff', siderBg: '#ffffff', headerPadding: '0 24px' } },
});
