import type { CurrentUser, Plan, VenueDetail } from '@/types/api';

/** The people of the protocol office, as GET /api/me describes them. */

export const protocolOfficer = (): CurrentUser => ({
  username: 'officer',
  displayName: 'Protocol Officer',
  roles: ['PROTOCOL_OFFICER'],
  managedVenueIds: [],
  language: 'en',
  allowedActions: ['answerUnmanagedVenueBookings', 'createPlan', 'readPlans'],
});

export const venueManager = (): CurrentUser => ({
  username: 'cncc.manager',
  displayName: 'Wang Li',
  roles: ['VENUE_MANAGER'],
  managedVenueIds: ['cncc', 'yanqi-lake'],
  language: 'en',
  allowedActions: ['answerOwnVenueBookings'],
});

export const planner = (): CurrentUser => ({
  username: 'analyst',
  displayName: 'Chen Jing',
  roles: ['PLANNER'],
  managedVenueIds: [],
  language: 'en',
  allowedActions: ['readPlans'],
});

export const administrator = (): CurrentUser => ({
  username: 'admin',
  displayName: 'System Administrator',
  roles: ['ADMIN'],
  managedVenueIds: [],
  language: 'en',
  allowedActions: ['administer', 'answerUnmanagedVenueBookings', 'createPlan', 'readPlans'],
});

/**
 * What the server says the signed-in user may do travels with each resource (`allowedActions`): these
 * fixtures take it as given, so that a test says what the server allowed and checks what the screen offers.
 */

/** The summit week's live plan. */
export const summitWeek = (allowedActions: Plan['allowedActions']): Plan => ({
  id: 7,
  name: 'Summit week',
  kind: 'LIVE',
  revision: 12,
  timeZone: 'Asia/Shanghai',
  horizonStart: '2027-04-12T00:00:00',
  horizonEnd: '2027-04-17T00:00:00',
  grainMinutes: 15,
  travelSpeedKmh: 30,
  travelRoadFactor: 1.3,
  travelFixedMinutes: 10,
  venueIds: ['cncc', 'heritage'],
  needsReplan: false,
  setbacks: { declined: 0, lapsed: 0, cancelled: 0 },
  needsAttention: false,
  engagementCount: 24,
  delegationCount: 6,
  version: 3,
  allowedActions,
});

/** A what-if copy of the summit week: the heritage site closed on the first day. */
export const heritageClosedScenario = (
  scenarioStatus: NonNullable<Plan['scenarioStatus']>,
  allowedActions: Plan['allowedActions'],
): Plan => ({
  ...summitWeek(allowedActions),
  id: 9,
  name: 'Summit week: heritage site closed',
  kind: 'SCENARIO',
  scenarioStatus,
  originPlanId: 7,
  originRevision: 12,
});

/** The China National Convention Center, with its ballroom. */
export const conventionCenter = (allowedActions: VenueDetail['allowedActions']): VenueDetail => ({
  id: 'cncc',
  nameEn: 'China National Convention Center',
  nameZh: '国家会议中心',
  type: 'Convention centre',
  district: 'Chaoyang',
  lat: 40.0,
  lon: 116.39,
  securityGrade: 'A',
  prestige: 4,
  gradingIsDemoAssumption: true,
  synthetic: false,
  incomplete: false,
  version: 2,
  spaces: [
    {
      id: 'cncc-ballroom',
      nameEn: 'Grand Ballroom',
      nameZh: '大宴会厅',
      capacity: { BANQUET: 1200 },
      features: [],
      turnoverMinutes: 60,
      open: [],
      blackouts: [],
      parts: [],
      version: 1,
    },
  ],
  allowedActions,
});
