import { describe, expect, it } from 'vitest';
import type { VenueDetail } from '@/types/api';
import type { Booking } from '../types';
import { requestsMatching } from './request-search';

const booking = (id: number, title: string | null, venueId: string, spaceId: string): Booking =>
  ({
    id,
    planName: `Summit ${id}`,
    venueId,
    venueName: venueId === 'ghp' ? 'Great Hall of the People' : 'Diaoyutai State Guesthouse',
    spaceId,
    spaceName: spaceId === 'ghp-auditorium' ? 'Great Auditorium' : 'Fangfei Garden',
    engagement:
      title === null
        ? null
        : {
            id: `ev-${id}`,
            title,
            type: 'BILATERAL_TALKS',
            headcount: 8,
            layout: 'BOARDROOM',
            requiredFeatures: [],
            attendees: [],
            confidential: false,
          },
  }) as unknown as Booking;

const venues = [
  {
    id: 'ghp',
    nameEn: 'Great Hall of the People',
    nameZh: '人民大会堂',
    spaces: [{ id: 'ghp-auditorium', nameEn: 'Great Auditorium', nameZh: '万人大礼堂' }],
  },
] as unknown as VenueDetail[];

const requests = [
  booking(1, 'Talks: Kenya and Chile', 'ghp', 'ghp-auditorium'),
  booking(2, 'Signing ceremony', 'dyt', 'dyt-fangfei'),
  booking(3, null, 'dyt', 'dyt-fangfei'),
];

describe('finding a request', () => {
  it('keeps every request for an empty query', () => {
    expect(requestsMatching(requests, '  ', venues)).toHaveLength(3);
  });

  it('finds by engagement title, plan, venue or space, in any case', () => {
    expect(requestsMatching(requests, 'kenya', venues).map((b) => b.id)).toEqual([1]);
    expect(requestsMatching(requests, 'SUMMIT 2', venues).map((b) => b.id)).toEqual([2]);
    expect(requestsMatching(requests, 'diaoyutai', venues).map((b) => b.id)).toEqual([2, 3]);
    expect(requestsMatching(requests, 'fangfei', venues).map((b) => b.id)).toEqual([2, 3]);
  });

  it('finds by the Chinese names of the venues already read', () => {
    expect(requestsMatching(requests, '人民大会堂', venues).map((b) => b.id)).toEqual([1]);
    expect(requestsMatching(requests, '礼堂', venues).map((b) => b.id)).toEqual([1]);
  });
});
