-- A space's opening windows may hold on one weekday only (null: every day, as every window did before),
-- and a space may have dated exceptions: a date it is closed, or a date whose own windows replace the week's.
alter table space_opening_window
    add column weekday text check (weekday in ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'));

-- One row per window of an exception date; a closed date is one row without a window.
create table space_opening_exception (
    space_id    exchange_id not null references space (id) on delete cascade,
    position    integer     not null,
    on_date     date        not null,
    from_minute integer check (from_minute between 0 and 1439),
    to_minute   integer check (to_minute between 1 and 1440),
    primary key (space_id, position),
    check ((from_minute is null) = (to_minute is null)),
    check (to_minute > from_minute)
);
