-- A divisible hall is made of parts: other spaces of its venue (plan-exchange-format.md, space `parts`).
-- Two spaces share floor when they are the same space, one is a part of the other, or they have a
-- part in common. That a part is of the same venue and has no parts of its own is checked where
-- parts are written (the plan document reader, the plan import), as the format's other rules are.
create table space_part (
    space_id exchange_id not null references space (id) on delete cascade,
    position integer     not null,
    part_id  exchange_id not null references space (id) on delete cascade,
    primary key (space_id, position),
    -- Deferred, so that reordering a list in place never meets its own old rows.
    unique (space_id, part_id) deferrable initially deferred,
    check (part_id <> space_id)
);

-- Finding the wholes a space is part of, and deleting a space that is a part.
create index space_part_part_idx on space_part (part_id);
