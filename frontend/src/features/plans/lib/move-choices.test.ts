import { describe, expect, it } from 'vitest';
import { grainTimes, horizonDays, withinHorizon } from './move-choices';

describe('the choices of the "Move to…" form', () => {
  it('lists the horizon’s days and the times on the grain', () => {
    expect(horizonDays('2027-04-12T00:00', '2027-04-15T00:00')).toEqual(['2027-04-12', '2027-04-13', '2027-04-14']);
    expect(horizonDays('2027-04-12T08:00', '2027-04-12T20:00')).toEqual(['2027-04-12']);
    expect(grainTimes(30).slice(0, 3)).toEqual(['00:00', '00:30', '01:00']);
    expect(grainTimes(15)).toHaveLength(96);
  });

  it('knows a start outside the horizon', () => {
    expect(withinHorizon('2027-04-12T08:00', '2027-04-12T08:00', '2027-04-12T20:00')).toBe(true);
    expect(withinHorizon('2027-04-12T07:45', '2027-04-12T08:00', '2027-04-12T20:00')).toBe(false);
    expect(withinHorizon('2027-04-12T20:00', '2027-04-12T08:00', '2027-04-12T20:00')).toBe(false);
  });
});
