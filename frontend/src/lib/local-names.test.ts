import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '@/types/plan-document';
import { countryName, delegationName, localPlanDocument, spaceLabels, zoneName } from './local-names';

describe('countryName', () => {
  it("names a country by its ISO code in the UI's language", () => {
    expect(countryName('NP', 'zh')).toBe('尼泊尔');
    expect(countryName('ke', 'zh')).toBe('肯尼亚');
    expect(countryName('NP', 'en')).toBe('Nepal');
  });

  it('names nothing for no code, or one that is no region', () => {
    expect(countryName(null, 'zh')).toBeUndefined();
    expect(countryName('', 'zh')).toBeUndefined();
    expect(countryName('not a code', 'en')).toBeUndefined();
    expect(countryName('QQ', 'zh')).toBeUndefined();
  });
});

describe('delegationName', () => {
  const nepal = { name: 'Nepal', country: 'NP' };

  it('names a delegation by its country in Chinese, not by its English name', () => {
    expect(delegationName(nepal, 'zh')).toBe('尼泊尔');
    expect(delegationName({ name: 'Republic of Kenya', country: 'KE' }, 'zh')).toBe('肯尼亚');
  });

  it('keeps the given name in English, and for an organisation or an unknown code', () => {
    expect(delegationName({ name: 'Republic of Kenya', country: 'KE' }, 'en')).toBe('Republic of Kenya');
    expect(delegationName({ name: 'African Union', country: null }, 'zh')).toBe('African Union');
    expect(delegationName({ name: 'Atlantis', country: 'QQ' }, 'zh')).toBe('Atlantis');
  });
});

describe('localPlanDocument', () => {
  const document: PlanDocument = {
    name: 'Summit',
    timeZone: 'Asia/Shanghai',
    horizon: { start: '2027-04-12T00:00', end: '2027-04-19T00:00', grainMinutes: 15 },
    venues: [
      {
        id: 'great-hall-of-the-people',
        name: 'Great Hall of the People',
        lat: 39.903,
        lon: 116.388,
        securityGrade: 'A',
        prestige: 10,
        spaces: [
          { id: 'banquet', name: 'State Banquet Hall', capacity: {}, features: [], turnoverMinutes: 0 },
          { id: 'unnamed', name: 'East Lobby', capacity: {}, features: [], turnoverMinutes: 0 },
        ],
      },
      {
        id: 'journalists-home-hotel',
        name: "Journalists' Home Hotel",
        lat: 39.9,
        lon: 116.4,
        securityGrade: 'C',
        prestige: 5,
        spaces: [],
      },
    ],
    delegations: [
      {
        id: 'del-np',
        country: 'NP',
        name: 'Nepal',
        headRank: 'HEAD_OF_STATE',
        size: 30,
        arrival: '2027-04-12T10:00',
        departure: '2027-04-15T10:00',
      },
      {
        id: 'del-au',
        name: 'African Union',
        headRank: 'INTERNATIONAL_ORGANIZATION_HEAD',
        size: 10,
        arrival: '2027-04-12T10:00',
        departure: '2027-04-15T10:00',
      },
    ],
  };
  const chinese = {
    venues: new Map([['great-hall-of-the-people', '人民大会堂']]),
    spaces: new Map([['banquet', '宴会厅']]),
  };

  it("gives Chinese venue, space and delegation names where known, keeping the document's own", () => {
    const local = localPlanDocument(document, chinese, 'zh');
    expect(local.venues.map((venue) => [venue.name, venue.nameInDocument])).toEqual([
      ['人民大会堂', 'Great Hall of the People'],
      ["Journalists' Home Hotel", "Journalists' Home Hotel"],
    ]);
    expect(local.venues[0]?.spaces.map((space) => space.name)).toEqual(['宴会厅', 'East Lobby']);
    expect(local.delegations.map((delegation) => delegation.name)).toEqual(['尼泊尔', 'African Union']);
  });

  it('leaves the document as it is in English', () => {
    expect(localPlanDocument(document, chinese, 'en')).toBe(document);
  });
});

describe('zoneName', () => {
  it("names the plan's zone in Chinese, and keeps its id in English or when unknown", () => {
    expect(zoneName('Asia/Shanghai', 'zh')).toBe('中国标准时间');
    expect(zoneName('Asia/Shanghai', 'en')).toBe('Asia/Shanghai');
    expect(zoneName('Mars/Olympus', 'zh')).toBe('Mars/Olympus');
  });
});

describe('spaceLabels', () => {
  const venues = [
    {
      id: 'gh',
      name: 'Great Hall',
      spaces: [
        { id: 'gh-banquet', name: 'Banquet Hall' },
        { id: 'gh-golden', name: 'Golden Hall' },
      ],
    },
    { id: 'dyt', name: 'Diaoyutai', spaces: [{ id: 'dyt-5', name: 'Building 5' }] },
  ];

  it('names each space with its venue', () => {
    expect([...spaceLabels(venues)]).toEqual([
      ['gh-banquet', 'Great Hall · Banquet Hall'],
      ['gh-golden', 'Great Hall · Golden Hall'],
      ['dyt-5', 'Diaoyutai · Building 5'],
    ]);
  });

  it('takes a venue’s name from the given names where they have one', () => {
    const labels = spaceLabels(venues, (id) => (id === 'gh' ? '人民大会堂' : undefined));
    expect(labels.get('gh-golden')).toBe('人民大会堂 · Golden Hall');
    expect(labels.get('dyt-5')).toBe('Diaoyutai · Building 5');
  });
});
