import { describe, expect, it } from 'vitest';
import { fitText, fittedLabel, type Measure } from './label-fit';

// 7 px a Latin character, 14 px a Chinese one (as in a 14 px font), 14 px the mark.
const measure: Measure = (text) =>
  Array.from(text).reduce((width, c) => width + (c === '…' ? 14 : /[\u3000-\u9fff]/.test(c) ? 14 : 7), 0);

describe('a label fitted to its width', () => {
  it('is the whole text when it fits', () => {
    expect(fitText('Diaoyutai State Guesthouse', 200, measure)).toEqual({
      shown: 'Diaoyutai State Guesthouse',
      cut: false,
    });
  });

  it('is cut to the longest start that fits with the mark, without a space before the mark', () => {
    const fitted = fitText('China National Convention Center (Phase I)', 200, measure);

    expect(fitted).toEqual({ shown: 'China National Convention…', cut: true });
    expect(measure(fitted.shown)).toBeLessThanOrEqual(200);
    expect(measure('China National Convention C…')).toBeGreaterThan(200);
  });

  it('cuts Chinese names by whole characters', () => {
    const fitted = fitText('国家会议中心一期主会场宴会厅贵宾休息室', 100, measure);

    expect(fitted).toEqual({ shown: '国家会议中心…', cut: true });
  });

  it('keeps characters outside the basic plane whole', () => {
    const fitted = fitText('𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋', 40, measure);

    expect(Array.from(fitted.shown)).toEqual(['𠀋', '𠀋', '𠀋', '…']);
  });
});

describe('a fitted label element', () => {
  it('shows the cut name to the eye and the whole name to screen readers and as its tooltip', () => {
    const label = fittedLabel(
      document.createElement('button'),
      'China National Convention Center (Phase I)',
      200,
      measure,
    );

    expect(label.title).toBe('China National Convention Center (Phase I)');
    expect(label.dataset.cut).toBe('true');
    const shown = label.querySelector('.board-label-shown')!;
    expect(shown.textContent).toBe('China National Convention…');
    expect(shown.getAttribute('aria-hidden')).toBe('true');
    expect(label.querySelector('.board-label-whole')!.textContent).toBe('China National Convention Center (Phase I)');
  });

  it('is the plain name, with no tooltip, when it fits', () => {
    const label = fittedLabel(document.createElement('span'), 'Great Hall', 200, measure);

    expect(label.textContent).toBe('Great Hall');
    expect(label.title).toBe('');
    expect(label.children).toHaveLength(0);
  });
});
