-- Sign-in lock-outs (issue 5): five failed sign-ins within 15 minutes lock an account, and separately a
-- remote address, for 15 minutes. One row per account or address that failed recently; rows whose window
-- and lock have both passed are deleted as new failures come in, so the table holds only the last
-- quarter-hour's failing subjects. V2's per-account columns are replaced by this table, which also
-- covers addresses and names that are no account at all.

create table sign_in_failure (
    subject          text        primary key check (subject ~ '^(account|address):.+$'),
    failures         integer     not null check (failures >= 0),
    window_start     timestamptz not null,
    locked_until     timestamptz
);

create index sign_in_failure_window_idx on sign_in_failure (window_start);

alter table account drop column failed_sign_ins;
alter table account drop column locked_until;

-- The audit page filters by time alone as well as by entity and actor.
create index audit_log_occurred_idx on audit_log (occurred_at);
