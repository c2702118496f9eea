import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import type { SpaceDetail } from '@/types/api';
import { describeExceptions, describeWeek, exceptionsToRequest, rangesToRequest, EVERY_DAY } from './opening-hours';

const pavilion: SpaceDetail = {
  id: 'pavilion',
  nameEn: 'Pavilion',
  capacity: {},
  features: [],
  turnoverMinutes: 0,
  open: [
    { from: '18:00', to: '22:00', weekday: 'SATURDAY' },
    { from: '09:00', to: '17:00' },
    { from: '09:00', to: '12:00', weekday: 'SATURDAY' },
  ],
  exceptions: [
    { date: '2027-10-03', closed: false, windows: [{ from: '19:00', to: '23:30' }] },
    { date: '2027-10-01', closed: true, windows: [] },
  ],
  blackouts: [],
  parts: [],
  version: 1,
};

describe('a space opening hours in words', () => {
  it('lists every day first, then the weekdays with ranges of their own, ranges in time order', async () => {
    await i18n.changeLanguage('en');
    expect(describeWeek(pavilion, i18n.t)).toEqual(['Every day: 09:00–17:00', 'Saturday: 09:00–12:00, 18:00–22:00']);
    expect(describeExceptions(pavilion, i18n.t)).toEqual(['2027-10-01: closed', '2027-10-03: 19:00–23:30']);
  });

  it('says the other days are closed when only some weekdays have ranges, in Chinese too', async () => {
    await i18n.changeLanguage('zh');
    const weekdaysOnly = { ...pavilion, open: pavilion.open.filter((w) => w.weekday) };
    expect(describeWeek(weekdaysOnly, i18n.t)).toEqual(['星期六:09:00–12:00, 18:00–22:00', '其他日子:不开放']);
    expect(describeWeek({ ...pavilion, open: [] }, i18n.t)).toEqual(['全天开放']);
  });

  it('sends every-day ranges without a weekday and a closed date without windows', () => {
    expect(rangesToRequest([{ day: EVERY_DAY, from: '09:00', to: '17:00' }])).toEqual([
      { from: '09:00', to: '17:00', weekday: undefined },
    ]);
    expect(
      exceptionsToRequest([
        { date: '2027-10-01', kind: 'closed', windows: [{ from: '10:00', to: '11:00' }] },
        { date: '2027-10-03', kind: 'special', windows: [{ from: '19:00', to: '23:30' }] },
      ]),
    ).toEqual([
      { date: '2027-10-01', closed: true },
      { date: '2027-10-03', windows: [{ from: '19:00', to: '23:30' }] },
    ]);
  });
});
