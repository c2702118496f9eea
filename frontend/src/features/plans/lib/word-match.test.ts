import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import type { MatchExplanation } from '@/types/api';
import { wordMatch } from './word-match';

const travel: MatchExplanation = {
  constraint: 'travel-time',
  score: -18,
  eventIds: ['e1', 'e3'],
  parameters: {
    delegationId: 'del-ke',
    delegation: 'Kenya',
    fromEventId: 'e1',
    fromEvent: 'Talks',
    toEventId: 'e3',
    toEvent: 'Lunch',
    fromVenueId: 'v1',
    fromVenue: 'One',
    toVenueId: 'v2',
    toVenue: 'Two',
    travelMinutes: 33,
    gapMinutes: 15,
    minutesShort: 18,
  },
  sentence: 'Kenya delegation: 18 minutes short of the 33 travel minutes from One to Two',
};

const zhT = i18n.getFixedT('zh');
const enT = i18n.getFixedT('en');

describe('a match worded from its parameters', () => {
  it('reads in Chinese with the catalogue names of the venues', () => {
    const names = { venue: (id: string) => ({ v1: '钓鱼台', v2: '国家会议中心' })[id] };
    expect(wordMatch(travel, zhT, names)).toBe('Kenya代表团：从钓鱼台到国家会议中心需路途时间33分钟，尚差18分钟');
  });

  it('names a space with its venue in the UI\'s language, not with the backend\'s English "at"', () => {
    const moved: MatchExplanation = {
      constraint: 'plan-stability',
      score: -100,
      eventIds: ['e1'],
      parameters: {
        eventId: 'e1',
        event: 'Welcome ceremony',
        publishedSpaceId: 's1',
        publishedSpace: 'East Courtyard at Site 36',
        publishedStart: '2027-04-13 09:45',
        spaceId: 's2',
        space: 'Lotus Hall at Site 36',
        start: '2027-04-13 13:15',
      },
      sentence:
        'Welcome ceremony moved from East Courtyard at Site 36 at 2027-04-13 09:45, where it was published, to Lotus Hall at Site 36 at 2027-04-13 13:15',
    };
    const names = { space: (id: string) => ({ s1: '接待点36东院', s2: '接待点36荷花厅' })[id] };
    expect(wordMatch(moved, zhT, names)).toBe(
      'Welcome ceremony从已发布的接待点36东院（2027-04-13 09:45）调整到接待点36荷花厅（2027-04-13 13:15）',
    );
    expect(wordMatch(moved, zhT, {})).toContain('East Courtyard at Site 36');
  });

  it("says when an engagement runs and what its type's customary hours are", () => {
    const reception: MatchExplanation = {
      constraint: 'customary-hours',
      score: -100,
      eventIds: ['e4'],
      sentence: '',
      parameters: {
        eventId: 'e4',
        event: 'Evening reception',
        type: 'RECEPTION',
        start: '2027-04-13T12:00',
        end: '2027-04-13T14:00',
        startFrom: '17:00',
        startUntil: '21:00',
        latestEnd: '23:00',
      },
    };
    expect(wordMatch(reception, enT)).toBe(
      'Evening reception (Reception) runs 2027-04-13 12:00 to 2027-04-13 14:00, ' +
        'off its customary hours: a start from 17:00 to 21:00, an end by 23:00',
    );
    expect(wordMatch(reception, zhT)).toBe(
      'Evening reception（招待会）于2027-04-13 12:00至2027-04-13 14:00举行，' +
        '不在惯常时段：应于17:00至21:00开始，23:00前结束',
    );
  });

  it('reads in English like the backend sentence', () => {
    expect(wordMatch(travel, enT)).toBe('Kenya delegation: 18 min short of the 33 travel minutes from One to Two');
  });

  it('words the layout, the blocks and the bounds of a rule', () => {
    const capacity: MatchExplanation = {
      constraint: 'space-capacity',
      score: -10,
      eventIds: ['e2'],
      sentence: '',
      parameters: { event: 'Talks', space: 'Hall', layout: 'ROUNDTABLE', headcount: 10, capacity: 0 },
    };
    expect(wordMatch(capacity, zhT)).toBe('Talks：Hall没有圆桌式布置，无法容纳10人');

    const availability: MatchExplanation = {
      constraint: 'space-availability',
      score: -120,
      eventIds: ['e7'],
      sentence: '',
      parameters: {
        event: 'Visit',
        space: 'Garden',
        minutesOutsideHours: 60,
        blocked: [{ kind: 'BLACKOUT', reason: 'maintenance', minutes: 60 }],
      },
    };
    expect(wordMatch(availability, zhT)).toBe('Visit在Garden：60分钟在开放时间以外、60分钟处于停用时段（maintenance）');

    const window: MatchExplanation = {
      constraint: 'event-window',
      score: -150,
      eventIds: ['e5'],
      sentence: '',
      parameters: {
        event: 'Lunch',
        brokenBounds: [
          { kind: 'EARLIEST_START', minutes: 120 },
          { kind: 'DEPARTURE', delegation: 'Kenya', minutes: 30 },
        ],
      },
    };
    expect(wordMatch(window, zhT)).toBe('Lunch：比最早开始时间早120分钟开始；在Kenya代表团离开后30分钟结束');
  });

  it('names both spaces of a double booking on shared floor, and one space when the booking is in one', () => {
    const oneSpace: MatchExplanation = {
      constraint: 'space-conflict',
      score: -30,
      eventIds: ['e1', 'e2'],
      sentence: '',
      parameters: { spaceId: 's1', space: 'Hall', firstEvent: 'Talks', secondEvent: 'Lunch', minutes: 30 },
    };
    expect(wordMatch(oneSpace, enT)).toBe(
      'Hall is double-booked: Talks and Lunch overlap by 30 min, turnover included',
    );

    const sharedFloor: MatchExplanation = {
      constraint: 'space-conflict',
      score: -60,
      eventIds: ['e1', 'e2'],
      sentence: '',
      parameters: {
        spaceId: 'ab',
        space: 'Hall AB at One',
        secondSpaceId: 'a',
        secondSpace: 'Hall A at One',
        firstEvent: 'Plenary',
        secondEvent: 'Briefing',
        minutes: 60,
      },
    };
    expect(wordMatch(sharedFloor, enT)).toBe(
      'Plenary in Hall AB at One and Briefing in Hall A at One, which share floor, overlap by 60 min, turnover included',
    );
    const names = { space: (id: string) => ({ ab: '一号馆AB厅', a: '一号馆A厅' })[id] };
    expect(wordMatch(sharedFloor, zhT, names)).toBe(
      '一号馆AB厅与一号馆A厅共用场地，时间冲突：Plenary与Briefing重叠60分钟（含布场撤场时间）',
    );
  });

  it('names the space whose blackout or closure blocks a space that shares its floor', () => {
    const availability: MatchExplanation = {
      constraint: 'space-availability',
      score: -90,
      eventIds: ['e1'],
      sentence: '',
      parameters: {
        event: 'Plenary',
        spaceId: 'ab',
        space: 'Hall AB',
        minutesOutsideHours: 0,
        blocked: [
          { spaceId: 'a', space: 'Hall A', kind: 'BLACKOUT', reason: 'works', minutes: 60 },
          { kind: 'CLOSURE', reason: null, minutes: 30 },
        ],
      },
    };
    expect(wordMatch(availability, enT)).toBe(
      'Plenary in Hall AB: 60 min in a blackout of Hall A (works), 30 min in a closure',
    );
    expect(wordMatch(availability, zhT, { space: (id: string) => ({ a: 'A厅' })[id] })).toBe(
      'Plenary在Hall AB：60分钟处于A厅的停用时段（works）、30分钟处于临时停用',
    );
  });

  it('keeps the backend sentence for a rule it does not know', () => {
    const unknown: MatchExplanation = {
      constraint: 'new-rule',
      score: -1,
      eventIds: [],
      parameters: {},
      sentence: 'As said',
    };
    expect(wordMatch(unknown, zhT)).toBe('As said');
  });
});
