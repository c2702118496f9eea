/**
 * Text for a library that writes strings into the page as HTML (vis-timeline's rows and tooltips,
 * Leaflet's tooltips): an element whose text is the string, which such libraries insert as it is.
 * A title like `<img src=x onerror=...>` then reads as those characters, never as markup.
 */
export function textElement(text: string): HTMLElement {
  const element = document.createElement('span');
  element.textContent = text;
  return element;
}
