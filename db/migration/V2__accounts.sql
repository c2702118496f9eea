-- Accounts and roles (product.md, "Who uses it"). Passwords are stored as delegating-encoder
-- hashes ({bcrypt}...), never in clear.

create table account (
    id              bigserial primary key,
    username        varchar(64) not null unique check (username ~ '^[A-Za-z0-9._@-]{1,64}$'),
    display_name    text        not null,
    password_hash   text        not null,
    enabled         boolean     not null default true,
    language        varchar(8)  not null default 'en' check (language in ('en', 'zh')),
    failed_sign_ins integer     not null default 0,
    locked_until    timestamptz,
    -- Calendar clients cannot sign in: they use a secret URL whose hash is kept here.
    feed_token_hash text unique,
    version         bigint      not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);

create table account_role (
    account_id bigint not null references account (id) on delete cascade,
    role       text   not null check (role in ('ADMIN', 'PROTOCOL_OFFICER', 'PLANNER', 'VENUE_MANAGER')),
    primary key (account_id, role)
);

-- The venues a venue manager manages.
create table venue_manager (
    venue_id   exchange_id not null references venue (id) on delete cascade,
    account_id bigint      not null references account (id) on delete cascade,
    primary key (venue_id, account_id)
);

create index venue_manager_account_idx on venue_manager (account_id);
