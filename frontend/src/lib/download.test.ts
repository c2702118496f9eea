import { describe, expect, it } from 'vitest';
import { fileNameOf, parseJson } from './download';

describe('fileNameOf', () => {
  it('reads plain and encoded file names', () => {
    expect(fileNameOf('attachment; filename="plan-1.json"')).toBe('plan-1.json');
    expect(fileNameOf("attachment; filename*=UTF-8''%E8%A1%8C%E7%A8%8B.pdf")).toBe('行程.pdf');
    expect(fileNameOf(null)).toBeUndefined();
    expect(fileNameOf('inline')).toBeUndefined();
  });
});

describe('parseJson', () => {
  it('parses JSON and says undefined for anything else', () => {
    expect(parseJson('{"a":1}')).toEqual({ a: 1 });
    expect(parseJson('not json')).toBeUndefined();
  });
});
