/** One field of an audited record that differs between before and after. */
export interface FieldChange {
  /** A dotted path into the record: `roles`, `capacity.THEATRE`, `spaces[0].name`. */
  path: string;
  before: unknown;
  after: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Lists (roles, venues) are compared whole: a field, not an index each. */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fields an audit entry changed, walking nested objects (lists and values are compared
 * whole). A created record has no before and a deleted one no after: every field is listed.
 * Version counters change with every write and say nothing, so they are left out.
 */
export function auditDiff(before: unknown, after: unknown, prefix = ''): FieldChange[] {
  if (!isObject(before) && !isObject(after)) {
    return same(before, after) ? [] : [{ path: prefix || '$', before, after }];
  }
  if (!isObject(before) || !isObject(after)) {
    if (prefix) return [{ path: prefix, before, after }];
    const record = (isObject(before) ? before : after) as Record<string, unknown>;
    return Object.keys(record)
      .filter((key) => key !== 'version')
      .flatMap((key) =>
        auditDiff(isObject(before) ? before[key] : undefined, isObject(after) ? after[key] : undefined, key),
      );
  }
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (key) => prefix || key !== 'version',
  );
  return keys.flatMap((key) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const a = before[key];
    const b = after[key];
    if (isObject(a) && isObject(b)) return auditDiff(a, b, path);
    return same(a, b) ? [] : [{ path, before: a, after: b }];
  });
}

/** A value of the diff, short and readable: strings as they are, the rest as JSON. */
export function shown(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The instant a datetime-local input means in Beijing time, for the audit's `from` and `to`. */
export function beijingInstant(localDateTime: string): string {
  const withSeconds = localDateTime.length === 16 ? `${localDateTime}:00` : localDateTime;
  return new Date(`${withSeconds}+08:00`).toISOString();
}
