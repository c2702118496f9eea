/**
 * Names shortened to a width: the board's row labels get a column of their own width, so that a
 * long venue name no longer takes the timeline's width. A shortened name ends in "…", which says
 * where it was cut; the element keeps the whole name for hover, focus and screen readers.
 */

/** The width of a text in pixels, as the page would draw it. */
export type Measure = (text: string) => number;

export interface FittedText {
  shown: string;
  cut: boolean;
}

const MARK = '…';

/** The longest start of `text` that, with the mark, fits `width`; the text itself when it fits. */
export function fitText(text: string, width: number, measure: Measure): FittedText {
  if (measure(text) <= width) return { shown: text, cut: false };
  // Whole characters (a surrogate pair is one): never half an emoji or a lone CJK surrogate.
  const characters = Array.from(text);
  let fits = 0;
  let tooLong = characters.length;
  while (tooLong - fits > 1) {
    const middle = Math.floor((fits + tooLong) / 2);
    if (measure(characters.slice(0, middle).join('').trimEnd() + MARK) <= width) fits = middle;
    else tooLong = middle;
  }
  return { shown: characters.slice(0, fits).join('').trimEnd() + MARK, cut: true };
}

/** A measure with the page's font for the board's labels, cached per text. */
export function canvasMeasure(font: string): Measure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * 8; // no canvas (a test's DOM): about 8 px a character
  context.font = font;
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      width = context.measureText(text).width;
      widths.set(text, width);
    }
    return width;
  };
}

/**
 * A label that shows `text` fitted to `width`: when cut, the shown part is hidden from screen
 * readers and the whole text is in the element for them, and as its tooltip and on focus.
 */
export function fittedLabel(element: HTMLElement, text: string, width: number, measure: Measure): HTMLElement {
  const { shown, cut } = fitText(text, width, measure);
  if (!cut) {
    element.textContent = text;
    return element;
  }
  element.title = text;
  element.dataset.cut = 'true';
  const visible = document.createElement('span');
  visible.className = 'board-label-shown';
  visible.setAttribute('aria-hidden', 'true');
  visible.textContent = shown;
  const whole = document.createElement('span');
  whole.className = 'board-label-whole';
  whole.textContent = text;
  element.append(visible, whole);
  return element;
}
