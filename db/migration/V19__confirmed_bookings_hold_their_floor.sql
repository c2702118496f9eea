-- No two CONFIRMED bookings of spaces that share floor overlap (plan-exchange-format.md, space `parts`;
-- decision 0134). V4's exclusion constraint sees one space only; here each confirmed booking holds the
-- floor units it occupies, and an exclusion constraint on (unit, busy) refuses an overlap on any unit.
--
-- A space's floor units are its parts when it is divisible, else the space itself. Because a part has no
-- parts of its own, two spaces share floor exactly when their units meet: the same space has the same
-- units; a part's one unit is among its whole's; two wholes with a part in common both hold that part.
-- That rule of parts is kept below too, so that the units stay sound whoever writes space_part.

create function space_floor_units(whole exchange_id) returns setof exchange_id
    language sql stable as $$
    select part_id from space_part where space_id = whole
    union
    select whole where not exists (select 1 from space_part where space_id = whole)
$$;

create table booking_floor (
    booking_id bigint      not null references booking (id) on delete cascade,
    unit_id    exchange_id not null references space (id),
    busy       tstzrange   not null,
    primary key (booking_id, unit_id),
    constraint booking_floor_not_shared
        exclude using gist (unit_id with =, busy with &&)
);

create index booking_floor_unit_idx on booking_floor (unit_id);

-- What a booking holds follows its status, space and times. Units are taken in id order, so that two
-- confirms racing for the same units wait for each other rather than deadlock where they can.
create function booking_floor_hold(b booking) returns void language plpgsql as $$
begin
    delete from booking_floor where booking_id = b.id;
    if b.status = 'CONFIRMED' then
        insert into booking_floor (booking_id, unit_id, busy)
        select b.id, unit, tstzrange(b.starts_at, b.busy_until, '[)')
        from space_floor_units(b.space_id) unit
        order by unit;
    end if;
end;
$$;

create function booking_floor_follow_booking() returns trigger language plpgsql as $$
begin
    perform booking_floor_hold(new);
    return null;
end;
$$;

create trigger booking_floor_on_insert
    after insert on booking
    for each row when (new.status = 'CONFIRMED')
    execute function booking_floor_follow_booking();

create trigger booking_floor_on_update
    after update on booking
    for each row when (old.status is distinct from new.status
                       or old.space_id is distinct from new.space_id
                       or old.starts_at is distinct from new.starts_at
                       or old.busy_until is distinct from new.busy_until)
    execute function booking_floor_follow_booking();

-- Dividing a hall, or changing its parts, changes what its confirmed bookings hold: refused (by the
-- constraint above) when two confirmed bookings would then overlap on shared floor.
create function booking_floor_follow_parts() returns trigger language plpgsql as $$
declare
    wholes exchange_id[];
    b booking;
begin
    if tg_op = 'INSERT' then
        wholes := array[new.space_id];
    elsif tg_op = 'DELETE' then
        wholes := array[old.space_id];
    else
        wholes := array[old.space_id, new.space_id];
    end if;
    for b in select * from booking where space_id = any (wholes) and status = 'CONFIRMED' order by id loop
        perform booking_floor_hold(b);
    end loop;
    return null;
end;
$$;

create trigger booking_floor_on_parts
    after insert or update or delete on space_part
    for each row execute function booking_floor_follow_parts();

-- A part is a space of the same venue with no parts of its own, and a divisible space is no part. The
-- venue's row is locked first, so that two edits of one venue's parts take turns and see each other's.
create function space_part_is_sound() returns trigger language plpgsql as $$
declare
    whole_venue exchange_id;
begin
    select venue_id into whole_venue from space where id = new.space_id;
    perform 1 from venue where id = whole_venue for update;
    if not exists (select 1 from space where id = new.part_id and venue_id = whole_venue) then
        raise exception 'space % cannot be a part of %: it is not a space of the same venue', new.part_id, new.space_id
            using errcode = 'check_violation', constraint = 'space_part_same_venue';
    end if;
    if exists (select 1 from space_part where space_id = new.part_id) then
        raise exception 'space % cannot be a part of %: it has parts of its own', new.part_id, new.space_id
            using errcode = 'check_violation', constraint = 'space_part_part_is_whole';
    end if;
    if exists (select 1 from space_part where part_id = new.space_id) then
        raise exception 'space % cannot have parts: it is a part of another space', new.space_id
            using errcode = 'check_violation', constraint = 'space_part_whole_is_part';
    end if;
    return new;
end;
$$;

create trigger space_part_sound
    before insert or update on space_part
    for each row execute function space_part_is_sound();

-- Bookings confirmed before this migration hold their floor from now on; a database where two of them
-- already overlap on shared floor stops here and names them, for an officer to cancel one first.
do $$
declare
    clash text;
begin
    select string_agg(a.id || ' and ' || b.id, ', ') into clash
    from booking a join booking b on a.id < b.id and a.busy && b.busy
    where a.status = 'CONFIRMED' and b.status = 'CONFIRMED'
      and exists (select 1 from space_floor_units(a.space_id) ua
                  join space_floor_units(b.space_id) ub on ua = ub);
    if clash is not null then
        raise exception 'confirmed bookings overlap on shared floor: %; cancel one of each pair, then start again', clash;
    end if;
end;
$$;

insert into booking_floor (booking_id, unit_id, busy)
select b.id, unit, b.busy
from booking b cross join lateral space_floor_units(b.space_id) unit
where b.status = 'CONFIRMED';
