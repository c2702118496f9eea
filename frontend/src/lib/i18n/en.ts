import type { Strings } from './strings';
import { app } from './sections/app';
import { language } from './sections/language';
import { signIn } from './sections/sign-in';
import { shell } from './sections/shell';
import { nav } from './sections/nav';
import { roles } from './sections/roles';
import { overview } from './sections/overview';
import { errors } from './sections/errors';
import { common } from './sections/common';
import { notFound } from './sections/not-found';
import { enums } from './sections/enums';
import { rules } from './sections/rules';
import { explain } from './sections/explain';
import { plans } from './sections/plans';
import { board } from './sections/board';
import { venues } from './sections/venues';
import { venue } from './sections/venue';
import { openingHours } from './sections/opening-hours';
import { delegations } from './sections/delegations';
import { engagements } from './sections/engagements';
import { transfer } from './sections/transfer';
import { inbox } from './sections/inbox';
import { notifications } from './sections/notifications';
import { scenarios } from './sections/scenarios';
import { admin } from './sections/admin';
import { exportMenus } from './sections/exports';
import { setbacks } from './sections/setbacks';
import { importedVenues } from './sections/imported-venues';
import { catalogue } from './sections/catalogue';
import { timeline } from './sections/timeline';
import { controls } from './sections/controls';
import { undo } from './sections/undo';
import { venueMap } from './sections/venue-map';

/**
 * English UI strings, one section of sections/ under each key. Each section's Chinese must carry
 * the same keys; the type checker holds it to that.
 */
export const en = {
  app: app.en,
  language: language.en,
  signIn: signIn.en,
  shell: shell.en,
  nav: nav.en,
  roles: roles.en,
  overview: overview.en,
  errors: errors.en,
  common: common.en,
  notFound: notFound.en,
  enums: enums.en,
  rules: rules.en,
  explain: explain.en,
  plans: plans.en,
  board: board.en,
  venues: venues.en,
  venue: venue.en,
  openingHours: openingHours.en,
  delegations: delegations.en,
  engagements: engagements.en,
  transfer: transfer.en,
  inbox: inbox.en,
  notifications: notifications.en,
  scenarios: scenarios.en,
  admin: admin.en,
  exports: exportMenus.en,
  setbacks: setbacks.en,
  importedVenues: importedVenues.en,
  catalogue: catalogue.en,
  timeline: timeline.en,
  controls: controls.en,
  undo: undo.en,
  venueMap: venueMap.en,
};

export type Messages = Strings<typeof en>;
