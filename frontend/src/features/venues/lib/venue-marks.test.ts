import { describe, expect, it } from 'vitest';
import { GRADE_COLOURS, gradeRing } from './venue-marks';

describe('the ring of a cluster’s grades', () => {
  it('gives each grade its share of the ring, in grade order', () => {
    expect(
      gradeRing(
        new Map([
          ['C', 2],
          ['A', 6],
        ]),
      ),
    ).toBe(`conic-gradient(${GRADE_COLOURS.A} 0.00% 75.00%, ${GRADE_COLOURS.C} 75.00% 100.00%)`);
  });

  it('is one colour all round for venues of one grade', () => {
    expect(gradeRing(new Map([['B', 3]]))).toBe(`conic-gradient(${GRADE_COLOURS.B} 0.00% 100.00%)`);
  });
});
