-- Bookings (product.md, "Booking lifecycle"). Busy intervals are absolute instants so that plans in
-- any time zone compare correctly; the exclusion constraint is the last word on double booking:
-- no two CONFIRMED bookings of one space overlap, whatever plan they belong to, under any concurrency.

create table booking (
    id                  bigserial primary key,
    plan_id             bigint      not null references plan (id) on delete cascade,
    engagement_id       bigint      references engagement (id) on delete set null,
    space_id            exchange_id not null references space (id),
    status              text        not null check (status in ('REQUESTED', 'CONFIRMED', 'DECLINED', 'LAPSED',
                                                             'WITHDRAWN', 'CANCELLED')),
    starts_at           timestamptz not null,
    ends_at             timestamptz not null,
    busy_until          timestamptz not null,
    busy                tstzrange generated always as (tstzrange(starts_at, busy_until, '[)')) stored,
    answer_by           timestamptz,
    reason              text,
    replaces_booking_id bigint      references booking (id),
    requested_at        timestamptz not null default now(),
    answered_at         timestamptz,
    answered_by         text,
    version             bigint      not null default 0,
    check (ends_at > starts_at),
    check (busy_until >= ends_at),
    constraint booking_no_double_confirmed
        exclude using gist (space_id with =, busy with &&) where (status = 'CONFIRMED')
);

create index booking_status_idx on booking (status, answer_by);
create index booking_plan_idx on booking (plan_id);
create index booking_space_idx on booking (space_id);

create table notification (
    id           bigserial primary key,
    account_id   bigint      not null references account (id) on delete cascade,
    kind         text        not null,
    subject_type text,
    subject_id   text,
    message      text        not null,
    created_at   timestamptz not null default now(),
    read_at      timestamptz,
    version      bigint      not null default 0
);

create index notification_account_idx on notification (account_id, created_at desc);

-- The append-only change log: who, when, what, before and after.
create table audit_log (
    id          bigserial primary key,
    occurred_at timestamptz not null default now(),
    actor       text        not null,
    entity_type text        not null,
    entity_id   text        not null,
    action      text        not null,
    before      jsonb,
    after       jsonb
);

create index audit_log_entity_idx on audit_log (entity_type, entity_id);
create index audit_log_actor_idx on audit_log (actor, occurred_at);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_no_update_or_delete
    before update or delete on audit_log
    for each row execute function audit_log_is_append_only();

create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_is_append_only();
