/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueTerm } from './catalogue-terms';

describe('catalogueTerm', () => {
  it("names the reference data's and the synthetic sites' types and districts in Chinese", () => {
    expect(catalogueTerm('venueType', 'state guesthouse', 'zh')).toBe('国宾馆');
    expect(catalogueTerm('venueType', 'synthetic heritage site', 'zh')).toBe('模拟文物古迹');
    expect(catalogueTerm('district', 'Xicheng', 'zh')).toBe('西城区');
  });

  it('keeps them in English, and a value of a user’s own venue as it is', () => {
    expect(catalogueTerm('venueType', 'state guesthouse', 'en')).toBe('state guesthouse');
    expect(catalogueTerm('venueType', 'tea house', 'zh')).toBe('tea house');
    expect(catalogueTerm('district', null, 'zh')).toBe('');
  });
});

/** The reference catalogue's rows, from the file the backend seeds it from (db/reference), by column. */
function referenceRows(): Array<Record<string, string>> {
  const text = readFileSync('../db/reference/beijing-venues.csv', 'utf8'); // Vitest runs in frontend/;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',' || c === '\n') {
      row.push(field);
      field = '';
      if (c === '\n') {
        rows.push(row);
        row = [];
      }
    } else if (c !== '\r') {
      field += c;
    }
  }
  if (field || row.length) rows.push([...row, field]);
  const [header = [], ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

describe('the reference catalogue', () => {
  it('has every type and district in Chinese', () => {
    const rows = referenceRows();
    expect(rows.length).toBeGreaterThan(50);
    const untranslated = rows.flatMap((row) =>
      [
        ['venueType', row.type],
        ['district', row.district],
      ].filter(([kind, value]) => value && !/\p{Script=Han}/u.test(catalogueTerm(kind as 'venueType', value, 'zh'))),
    );
    expect(untranslated).toEqual([]);
  });
});
