import { describe, expect, it } from 'vitest';
import { planDays } from './plan-exports-menu';

describe('the days a run sheet is printed for', () => {
  it('are the days of the horizon, one ending at midnight ending the day before', () => {
    expect(planDays('2027-06-14T00:00:00', '2027-06-16T00:00:00')).toEqual(['2027-06-14', '2027-06-15']);
    expect(planDays('2027-06-14T08:00', '2027-06-16T18:00')).toEqual(['2027-06-14', '2027-06-15', '2027-06-16']);
    expect(planDays('2027-12-31T00:00', '2028-01-02T00:00')).toEqual(['2027-12-31', '2028-01-01']);
  });
});
