/** English UI strings. zh.ts must carry the same keys; the type checker holds it to that. */
export const en = {
  app: {
    name: 'Protocol Planner',
    tagline: 'Venues and time slots for state events in Beijing',
  },
  language: {
    label: 'Language',
    notSaved: 'Your language is kept on this device, but it could not be saved to your account.',
  },
  signIn: {
    title: 'Sign in',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    usernameRequired: 'Enter your username.',
    passwordRequired: 'Enter your password.',
    failed: 'Sign-in failed.',
  },
  shell: {
    signOut: 'Sign out',
    signOutFailed: 'Signing out failed.',
    navigation: 'Main navigation',
    later: 'Available in a later release',
  },
  nav: {
    overview: 'Overview',
    plans: 'Plans',
    plansAndScenarios: 'Plans and scenarios',
    venues: 'Venues',
    bookingsInbox: 'Bookings inbox',
    accounts: 'Accounts',
    audit: 'Audit log',
  },
  roles: {
    PROTOCOL_OFFICER: 'Protocol officer',
    VENUE_MANAGER: 'Venue manager',
    PLANNER: 'Planner',
    ADMIN: 'Administrator',
  },
  overview: {
    title: 'Overview',
    displayName: 'Name',
    username: 'Username',
    roles: 'Role',
    managedVenues: 'Venues you manage',
    noManagedVenues: 'None assigned yet',
    beijingTime: 'Beijing time',
  },
  errors: {
    network: 'The server cannot be reached. Check the connection and try again.',
    unexpected: 'Something went wrong.',
  },
  common: {
    loading: 'Loading…',
    retry: 'Try again',
  },
  notFound: {
    title: 'Page not found',
    back: 'Back to the overview',
  },
};

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export type Messages = Strings<typeof en>;
