import { describe, expect, it } from 'vitest';
import { parseJsonPath, problemOnForm } from './problem-fields';

describe('parseJsonPath', () => {
  it('splits names and list indexes', () => {
    expect(parseJsonPath('events[12].delegations[0]')).toEqual(['events', 12, 'delegations', 0]);
    expect(parseJsonPath('venues[3].spaces[0].capacity.THEATRE')).toEqual([
      'venues',
      3,
      'spaces',
      0,
      'capacity',
      'THEATRE',
    ]);
    expect(parseJsonPath('size')).toEqual(['size']);
  });

  it('reads the whole document as no segment', () => {
    expect(parseJsonPath('$')).toEqual([]);
    expect(parseJsonPath('')).toEqual([]);
  });
});

describe('problemOnForm', () => {
  const fields = ['id', 'name', 'size', 'arrival', 'departure', 'separateFrom', 'pinned.start'];

  it('puts each error next to its field', () => {
    const result = problemOnForm(
      {
        status: 400,
        detail: 'size: size must be at least 1, not 0',
        errors: [
          { path: 'size', label: 'Size', message: 'size must be at least 1, not 0' },
          { path: 'departure', label: 'Departure', message: 'departure is not after arrival' },
        ],
      },
      fields,
    );
    expect(result.fields).toEqual([
      { name: ['size'], errors: ['size must be at least 1, not 0'] },
      { name: ['departure'], errors: ['departure is not after arrival'] },
    ]);
    expect(result.general).toEqual([]);
  });

  it('takes an element of a list to the list field, and gathers its messages', () => {
    const result = problemOnForm(
      {
        errors: [
          { path: 'separateFrom[0]', label: 'Kept apart from 1', message: 'delegation x is not defined' },
          { path: 'separateFrom[2]', label: 'Kept apart from 3', message: 'listed twice' },
        ],
      },
      fields,
    );
    expect(result.fields).toEqual([
      { name: ['separateFrom'], errors: ['delegation x is not defined', 'listed twice'] },
    ]);
  });

  it('uses the longest field name that begins the path', () => {
    const result = problemOnForm(
      { errors: [{ path: 'pinned.start', label: 'Pinned › Start', message: 'off the grain' }] },
      fields,
    );
    expect(result.fields).toEqual([{ name: ['pinned', 'start'], errors: ['off the grain'] }]);
  });

  it('shows errors about no field above the form, with their path and label', () => {
    const result = problemOnForm(
      {
        errors: [
          { path: '$', label: 'The whole request', message: 'not JSON' },
          { path: 'published.spaceId', label: 'Published › Space', message: 'unknown space' },
        ],
      },
      fields,
    );
    expect(result.fields).toEqual([]);
    expect(result.general).toEqual([
      { path: '$', label: 'The whole request', message: 'not JSON' },
      { path: 'published.spaceId', label: 'Published › Space', message: 'unknown space' },
    ]);
  });

  it('follows renames from API names to form fields', () => {
    const result = problemOnForm(
      { errors: [{ path: 'hotelVenueId', label: 'Hotel', message: 'unknown venue' }] },
      ['hotel'],
      {
        hotelVenueId: 'hotel',
      },
    );
    expect(result.fields).toEqual([{ name: ['hotel'], errors: ['unknown venue'] }]);
  });

  it('shows the detail of a problem without field errors (a conflict) above the form', () => {
    const result = problemOnForm({ status: 409, title: 'Conflict', detail: 'the plan is being solved' }, fields);
    expect(result).toEqual({ fields: [], general: [{ message: 'the plan is being solved' }] });
  });

  it('has nothing to say without a problem', () => {
    expect(problemOnForm(undefined, fields)).toEqual({ fields: [], general: [] });
  });
});
