import type { ProblemDetail } from '@/types/api';

/** A JSON path of the API's problem details ("events[3].delegations[0]") as its segments. */
export function parseJsonPath(path: string): Array<string | number> {
  if (!path || path === '$') return [];
  const segments: Array<string | number> = [];
  for (const match of path.replace(/^\$\.?/, '').matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[1] !== undefined) segments.push(match[1]);
  }
  return segments;
}

export interface ProblemFieldError {
  /** The form field's name path, as Ant Design's Form takes it. */
  name: Array<string | number>;
  errors: string[];
}

export interface ProblemOnForm {
  /** Messages next to the fields they are about. */
  fields: ProblemFieldError[];
  /** Messages about no field of the form (or the problem's own detail when it lists no errors): shown above the form. */
  general: Array<{ path?: string; label?: string; message: string }>;
}

/**
 * Where each of a problem's field errors belongs on a form. A path belongs to the longest of the
 * form's field names that begins it, list indexes aside: with fields `size` and `separateFrom`,
 * `separateFrom[1]` is about the `separateFrom` select and `pinned.start` about no field. The
 * form's names are the API's own (dotted for nested values); `rename` maps an API name to
 * another form field where they differ.
 */
export function problemOnForm(
  problem: ProblemDetail | undefined,
  fieldNames: readonly string[],
  rename: Readonly<Record<string, string>> = {},
): ProblemOnForm {
  const known = new Set(fieldNames);
  const byField = new Map<string, string[]>();
  const general: ProblemOnForm['general'] = [];
  for (const error of problem?.errors ?? []) {
    const names = parseJsonPath(error.path).filter((segment): segment is string => typeof segment === 'string');
    let field: string | undefined;
    for (let length = names.length; length > 0 && !field; length--) {
      const candidate = names.slice(0, length).join('.');
      const target = rename[candidate] ?? candidate;
      if (known.has(target)) field = target;
    }
    if (field) byField.set(field, [...(byField.get(field) ?? []), error.message]);
    else general.push({ path: error.path, label: error.label, message: error.message });
  }
  if (!problem?.errors?.length && (problem?.detail || problem?.title)) {
    general.push({ message: (problem.detail ?? problem.title)! });
  }
  return {
    fields: [...byField].map(([field, errors]) => ({ name: field.split('.'), errors })),
    general,
  };
}
