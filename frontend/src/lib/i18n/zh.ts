import type { Messages } from './en';
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

/** Simplified Chinese UI strings, in the terms of docs/reference/terminology-zh.md. */
export const zh: Messages = {
  app: app.zh,
  language: language.zh,
  signIn: signIn.zh,
  shell: shell.zh,
  nav: nav.zh,
  roles: roles.zh,
  overview: overview.zh,
  errors: errors.zh,
  common: common.zh,
  notFound: notFound.zh,
  enums: enums.zh,
  rules: rules.zh,
  explain: explain.zh,
  plans: plans.zh,
  board: board.zh,
  venues: venues.zh,
  venue: venue.zh,
  openingHours: openingHours.zh,
  delegations: delegations.zh,
  engagements: engagements.zh,
  transfer: transfer.zh,
  inbox: inbox.zh,
  notifications: notifications.zh,
  scenarios: scenarios.zh,
  admin: admin.zh,
  exports: exportMenus.zh,
  setbacks: setbacks.zh,
  importedVenues: importedVenues.zh,
  catalogue: catalogue.zh,
  timeline: timeline.zh,
  controls: controls.zh,
  undo: undo.zh,
  venueMap: venueMap.zh,
};
