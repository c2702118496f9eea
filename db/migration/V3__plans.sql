-- Plans (live plans and what-if scenarios) with their delegations, engagements, closures, weights
-- and assignment: every field of the plan exchange format (plan-exchange-format.md).
-- Lists of ids (an engagement's delegations, after, preferred and excluded spaces) are arrays so
-- that their document order survives the round trip; the application checks their references.

create table plan (
    id                   bigserial primary key,
    name                 text        not null check (length(name) > 0),
    kind                 text        not null check (kind in ('LIVE', 'SCENARIO')),
    scenario_status      text        check (scenario_status in ('DRAFT', 'PROPOSED', 'ADOPTED')),
    -- Every change to the plan's content moves its revision (product.md, "Words": plan).
    revision             bigint      not null default 0,
    origin_plan_id       bigint      references plan (id) on delete set null,
    origin_revision      bigint,
    time_zone            text        not null default 'Asia/Shanghai',
    horizon_start        timestamp   not null,
    horizon_end          timestamp   not null,
    grain_minutes        integer     not null default 15 check (grain_minutes in (5, 6, 10, 12, 15, 20, 30, 60)),
    travel_speed_kmh     double precision not null default 35 check (travel_speed_kmh > 0),
    travel_road_factor   double precision not null default 1.3 check (travel_road_factor >= 1),
    travel_fixed_minutes integer     not null default 10 check (travel_fixed_minutes >= 0),
    needs_replan         boolean     not null default false,
    needs_attention      boolean     not null default false,
    created_by           text,
    version              bigint      not null default 0,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    check (horizon_end > horizon_start),
    check ((kind = 'LIVE') = (scenario_status is null))
);

-- The venues a plan may use, in document order.
create table plan_venue (
    plan_id  bigint      not null references plan (id) on delete cascade,
    position integer     not null,
    venue_id exchange_id not null references venue (id),
    primary key (plan_id, position),
    unique (plan_id, venue_id)
);

-- Soft constraint weights that differ from the defaults (0..1000; 0 switches a rule off).
create table plan_weight (
    plan_id       bigint  not null references plan (id) on delete cascade,
    position      integer not null,
    constraint_id text    not null,
    weight        integer not null check (weight between 0 and 1000),
    primary key (plan_id, position),
    unique (plan_id, constraint_id)
);

-- Periods in which the plan may not use a space, on top of the space's own blackouts.
create table plan_closure (
    id        bigserial primary key,
    plan_id   bigint      not null references plan (id) on delete cascade,
    position  integer     not null,
    space_id  exchange_id not null references space (id),
    starts_at timestamp   not null,
    ends_at   timestamp   not null,
    reason    text,
    version   bigint      not null default 0,
    check (ends_at > starts_at)
);

create index plan_closure_plan_idx on plan_closure (plan_id, position);

create table delegation (
    id             bigserial primary key,
    plan_id        bigint      not null references plan (id) on delete cascade,
    ref            exchange_id not null,
    position       integer     not null,
    country        text,
    name           text        not null,
    head_rank      text        not null check (head_rank in ('HEAD_OF_STATE', 'HEAD_OF_GOVERNMENT', 'DEPUTY_HEAD',
                                               'MINISTER', 'SENIOR_OFFICIAL', 'INTERNATIONAL_ORGANIZATION_HEAD')),
    size           integer     not null check (size >= 1),
    arrival        timestamp   not null,
    departure      timestamp   not null,
    hotel_venue_id exchange_id references venue (id),
    separate_from  varchar(64)[] not null default '{}',
    version        bigint      not null default 0,
    unique (plan_id, ref),
    check (departure > arrival)
);

create index delegation_plan_idx on delegation (plan_id, position);

create table engagement (
    id                 bigserial primary key,
    plan_id            bigint      not null references plan (id) on delete cascade,
    ref                exchange_id not null,
    position           integer     not null,
    title              text        not null,
    type               text        not null check (type in ('WELCOME_CEREMONY', 'BILATERAL_TALKS', 'PLENARY',
                                          'STATE_BANQUET', 'RECEPTION', 'SIGNING_CEREMONY', 'PRESS_CONFERENCE',
                                          'CULTURAL_VISIT', 'WORKING_LUNCH', 'BRIEFING')),
    delegations        varchar(64)[] not null default '{}',
    headcount          integer     not null check (headcount >= 1),
    layout             text        not null check (layout in ('THEATRE', 'BANQUET', 'RECEPTION', 'ROUNDTABLE',
                                                              'CLASSROOM', 'CEREMONY')),
    duration_minutes   integer     not null check (duration_minutes >= 1),
    required_features  text[]      not null default '{}',
    min_security_grade char(1)     check (min_security_grade in ('A', 'B', 'C')),
    earliest_start     timestamp,
    latest_end         timestamp,
    preferred_spaces   varchar(64)[] not null default '{}',
    excluded_spaces    varchar(64)[] not null default '{}',
    priority           integer     not null default 1 check (priority between 1 and 10),
    after_events       varchar(64)[] not null default '{}',
    pinned_space_id    exchange_id references space (id),
    pinned_start       timestamp,
    published_space_id exchange_id references space (id),
    published_start    timestamp,
    confidential       boolean     not null default false,
    -- The current assignment: both set (scheduled) or both null (unscheduled).
    assigned_space_id  exchange_id references space (id),
    assigned_start     timestamp,
    version            bigint      not null default 0,
    unique (plan_id, ref),
    check (latest_end is null or earliest_start is null or latest_end > earliest_start),
    check ((pinned_space_id is null) = (pinned_start is null)),
    check ((published_space_id is null) = (published_start is null)),
    check ((assigned_space_id is null) = (assigned_start is null))
);

create index engagement_plan_idx on engagement (plan_id, position);
