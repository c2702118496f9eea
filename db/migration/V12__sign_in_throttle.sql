-- Sign-in throttling replaces V10's lock-outs: a lock that anyone could set off by typing five wrong
-- passwords for somebody else's name shut the owner out too. Now each subject (an account name or a remote
-- address) allows five failures, and then one attempt at a time after a delay that doubles with every
-- further failure (1 s, 2 s, 4 s ... at most 15 minutes); failures are forgotten an hour after the last one.
--
-- `pending` counts the attempts whose password is being checked right now: an attempt is claimed (this row
-- locked and updated) before its password is checked, so that parallel guesses cannot all slip in before
-- the first failure is counted. A claim older than `pending_since` plus a few seconds is stale (a server
-- that stopped mid-check) and no longer counts.

drop table sign_in_failure;

create table sign_in_throttle (
    subject          text        primary key check (subject ~ '^(account|address):.+$' and length(subject) <= 200),
    failures         integer     not null default 0 check (failures >= 0),
    last_failure_at  timestamptz,
    next_attempt_at  timestamptz,
    pending          integer     not null default 0 check (pending >= 0),
    pending_since    timestamptz
);

create index sign_in_throttle_last_failure_idx on sign_in_throttle (last_failure_at);

-- The addresses an account has signed in from: such an address is throttled only by its own failures, not
-- by the account's, so that a stranger's guesses cannot keep the owner out. Forgotten after 90 days unused.
create table sign_in_known_address (
    username         text        not null,
    address          text        not null,
    last_sign_in_at  timestamptz not null,
    primary key (username, address)
);

create index sign_in_known_address_last_idx on sign_in_known_address (last_sign_in_at);
