import { describe, expect, it } from 'vitest';
import { roundedDuration, snapToGrain, toInstant, toLocal, zoneOffsetMinutes } from './plan-time';

describe('plan time', () => {
  it('knows the fixed offset of the plan zone', () => {
    expect(zoneOffsetMinutes('Asia/Shanghai')).toBe(480);
    expect(zoneOffsetMinutes('UTC')).toBe(0);
  });

  it('turns local times into instants and back', () => {
    const instant = toInstant('2026-09-01T09:00', 480);
    expect(instant.toISOString()).toBe('2026-09-01T01:00:00.000Z');
    expect(toLocal(instant, 480)).toBe('2026-09-01T09:00');
  });

  it('snaps a dropped time to the grain counted from the horizon start', () => {
    const horizon = toInstant('2026-09-01T00:00', 480);
    const dropped = toInstant('2026-09-01T09:08', 480);
    expect(toLocal(snapToGrain(dropped, horizon, 15), 480)).toBe('2026-09-01T09:15');
    expect(roundedDuration(40, 15)).toBe(45);
  });
});
