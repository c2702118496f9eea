import { describe, expect, it } from 'vitest';
import { formatBeijing } from './datetime';

describe('formatBeijing', () => {
  it('shows an instant in Beijing time (UTC+8), whatever the offset it came with', () => {
    expect(formatBeijing('2026-09-03T01:30:00Z', 'en')).toBe('3 Sept 2026, 09:30');
    expect(formatBeijing('2026-09-03T09:30:00+08:00', 'en')).toBe('3 Sept 2026, 09:30');
    expect(formatBeijing('2026-09-03T03:30:00+02:00', 'en', 'time')).toBe('09:30');
  });

  it('moves to the next day in Beijing when it is still the evening in UTC', () => {
    expect(formatBeijing(Date.UTC(2026, 11, 31, 18, 0), 'en', 'date')).toBe('1 Jan 2027');
    expect(formatBeijing(new Date(Date.UTC(2026, 11, 31, 18, 0)), 'zh')).toBe('2027年1月1日 02:00');
  });

  it('writes dates the Chinese way in Chinese, with a 24-hour clock', () => {
    expect(formatBeijing('2026-09-03T12:05:00Z', 'zh')).toBe('2026年9月3日 20:05');
  });

  it('refuses what is not an instant', () => {
    expect(() => formatBeijing('next Tuesday', 'en')).toThrow(RangeError);
  });
});
