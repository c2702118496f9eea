-- The one shared venue catalogue (product.md, "Venues, plans and the catalogue").
-- Ids are the exchange format's ids: 1-64 characters of [A-Za-z0-9._-], so that plan documents
-- link to catalogue venues and spaces by the same id. Catalogue times are Beijing local time.

create extension if not exists btree_gist;

create domain exchange_id as varchar(64) check (value ~ '^[A-Za-z0-9._-]{1,64}$');

create table venue (
    id             exchange_id primary key,
    name_en        text        not null check (length(name_en) > 0),
    name_zh        text,
    venue_type     text,
    district       text,
    lat            double precision check (lat between -90 and 90),
    lon            double precision check (lon between -180 and 180),
    security_grade char(1)     not null default 'C' check (security_grade in ('A', 'B', 'C')),
    prestige       integer     not null default 5 check (prestige between 1 and 10),
    -- Grade and prestige are planning judgements; demo values are assumptions, not published facts.
    grading_is_demo_assumption boolean not null default false,
    synthetic      boolean     not null default false,
    sources        text,
    notes          text,
    version        bigint      not null default 0,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    check ((lat is null) = (lon is null))
);

create index venue_name_en_idx on venue (lower(name_en));
create index venue_district_idx on venue (district);

-- Places on the map that are not bookable: ceremonial avenues, the Central Axis, embassy districts.
create table area (
    id         exchange_id primary key,
    name_en    text not null,
    name_zh    text,
    area_type  text,
    district   text,
    lat        double precision check (lat between -90 and 90),
    lon        double precision check (lon between -180 and 180),
    sources    text,
    notes      text,
    version    bigint not null default 0
);

-- A bookable hall, room, courtyard or garden. Capacity per layout: null means the space cannot
-- take that layout, or (for real venues) that no figure is published.
create table space (
    id                exchange_id primary key,
    venue_id          exchange_id not null references venue (id) on delete cascade,
    position          integer     not null,
    name_en           text        not null check (length(name_en) > 0),
    name_zh           text,
    capacity_theatre    integer check (capacity_theatre >= 0),
    capacity_banquet    integer check (capacity_banquet >= 0),
    capacity_reception  integer check (capacity_reception >= 0),
    capacity_roundtable integer check (capacity_roundtable >= 0),
    capacity_classroom  integer check (capacity_classroom >= 0),
    capacity_ceremony   integer check (capacity_ceremony >= 0),
    features          text[]      not null default '{}',
    turnover_minutes  integer     not null default 0 check (turnover_minutes >= 0),
    sources           text,
    notes             text,
    version           bigint      not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);

create index space_venue_idx on space (venue_id, position);

-- Daily opening windows in minutes of the local day; none means always open.
create table space_opening_window (
    space_id    exchange_id not null references space (id) on delete cascade,
    position    integer     not null,
    from_minute integer     not null check (from_minute between 0 and 1439),
    to_minute   integer     not null check (to_minute between 1 and 1440),
    primary key (space_id, position),
    check (to_minute > from_minute)
);

create table space_blackout (
    space_id  exchange_id not null references space (id) on delete cascade,
    position  integer     not null,
    starts_at timestamp   not null,
    ends_at   timestamp   not null,
    reason    text,
    primary key (space_id, position),
    check (ends_at > starts_at)
);
