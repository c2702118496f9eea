import type { LocalDateTime } from '@/types/plan-document';

/** The days of a horizon as YYYY-MM-DD, from its first to the day of its end (exclusive at midnight). */
export function horizonDays(horizonStart: LocalDateTime, horizonEnd: LocalDateTime): string[] {
  const first = Date.parse(`${horizonStart.slice(0, 10)}T00:00:00Z`);
  const end = Date.parse(`${horizonEnd.length === 16 ? `${horizonEnd}:00` : horizonEnd}Z`);
  const days: string[] = [];
  for (let day = first; day < end; day += 86_400_000) {
    days.push(new Date(day).toISOString().slice(0, 10));
  }
  return days;
}

/** Every time of day on the plan's grain, HH:mm. */
export function grainTimes(grainMinutes: number): string[] {
  const times: string[] = [];
  for (let minute = 0; minute < 24 * 60; minute += grainMinutes) {
    times.push(`${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`);
  }
  return times;
}

/** Whether a start lies within the horizon (the API refuses one outside it). */
export function withinHorizon(start: LocalDateTime, horizonStart: LocalDateTime, horizonEnd: LocalDateTime): boolean {
  return start.slice(0, 16) >= horizonStart.slice(0, 16) && start.slice(0, 16) < horizonEnd.slice(0, 16);
}
