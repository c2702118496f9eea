/**
 * The exchange format's enumerations, in the order the UI offers them (their names in words are
 * under `enums` in the strings).
 */

export const EVENT_TYPES = [
  'WELCOME_CEREMONY',
  'BILATERAL_TALKS',
  'PLENARY',
  'STATE_BANQUET',
  'RECEPTION',
  'SIGNING_CEREMONY',
  'PRESS_CONFERENCE',
  'CULTURAL_VISIT',
  'WORKING_LUNCH',
  'BRIEFING',
] as const;

export const LAYOUTS = ['THEATRE', 'BANQUET', 'RECEPTION', 'ROUNDTABLE', 'CLASSROOM', 'CEREMONY'] as const;

export const FEATURES = [
  'INTERPRETATION',
  'STAGE',
  'PRESS_AREA',
  'KITCHEN',
  'ACCESSIBLE',
  'OUTDOOR',
  'SECURE_HOLDING_ROOM',
  'BROADCAST',
  'HELIPAD',
] as const;

export const SECURITY_GRADES = ['A', 'B', 'C'] as const;

export const HEAD_RANKS = [
  'HEAD_OF_STATE',
  'HEAD_OF_GOVERNMENT',
  'DEPUTY_HEAD',
  'MINISTER',
  'SENIOR_OFFICIAL',
  'INTERNATIONAL_ORGANIZATION_HEAD',
] as const;
