import type { LocalDateTime } from '@/types/plan-document';

/**
 * A plan's times are local date-times of its own time zone (docs/reference/exchange-format.md: a zone
 * without daylight saving time, Asia/Shanghai by default). The timeline works in instants, so
 * each conversion goes through the zone's fixed offset.
 */
export function zoneOffsetMinutes(timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(0))
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) {
    return 0; // "GMT" alone: UTC itself
  }
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** 2026-09-01T09:00 in a zone at +08:00 is 2026-09-01T01:00Z. */
export function toInstant(local: LocalDateTime, offsetMinutes: number): Date {
  const utc = Date.parse(`${local.length === 16 ? `${local}:00` : local}Z`);
  return new Date(utc - offsetMinutes * 60_000);
}

/** A plan's horizon as instants: what its timelines may show. */
export function planHorizon(
  plan: { horizonStart: LocalDateTime; horizonEnd: LocalDateTime },
  offsetMinutes: number,
): { start: Date; end: Date } {
  return { start: toInstant(plan.horizonStart, offsetMinutes), end: toInstant(plan.horizonEnd, offsetMinutes) };
}

/** The reverse of toInstant, to the minute, as the API expects a start. */
export function toLocal(instant: Date, offsetMinutes: number): LocalDateTime {
  return new Date(instant.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 16);
}

/** The instant on the plan's grain nearest to the given one, counted from the horizon's start. */
export function snapToGrain(instant: Date, horizonStart: Date, grainMinutes: number): Date {
  const grain = grainMinutes * 60_000;
  const steps = Math.round((instant.getTime() - horizonStart.getTime()) / grain);
  return new Date(horizonStart.getTime() + steps * grain);
}

/** Durations are rounded up to the grain (docs/reference/exchange-format.md). */
export function roundedDuration(durationMinutes: number, grainMinutes: number): number {
  return Math.ceil(durationMinutes / grainMinutes) * grainMinutes;
}
