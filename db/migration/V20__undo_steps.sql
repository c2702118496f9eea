-- The last change each user may take back for a while: on a plan, a move, a pin or an imported solution
-- (scope 'plan:<id>'); of their booking answers, the last single or batch answer (scope 'bookings').
-- One row per user and scope: a newer change of the same kind replaces the older one. The payload holds
-- what the change replaced, exactly, and the versions it left, so that an undo can tell whether anything
-- changed since (docs/decisions/0126-undo-of-the-last-change.md).
create table undo_step (
    id         bigserial primary key,
    username   text        not null,
    scope      text        not null,
    plan_id    bigint      references plan (id) on delete cascade,
    kind       text        not null check (kind in ('MOVE', 'PIN', 'IMPORT', 'ANSWER')),
    revision   bigint,
    payload    jsonb       not null,
    created_at timestamptz not null,
    unique (username, scope)
);
