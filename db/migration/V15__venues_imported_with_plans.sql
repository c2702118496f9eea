-- A venue that an imported plan brought and the catalogue lacked stays that plan's own, apart from the shared
-- catalogue, until an officer adds it there (decision 0111): these name the plan it came with. The name is kept
-- as it was at the import, so that the venue still says where it came from once that plan is renamed or gone;
-- hence no foreign key either.
alter table venue add column imported_with_plan_id bigint;
alter table venue add column imported_with_plan_name text;
alter table venue add constraint venue_imported_with_plan_check
    check ((imported_with_plan_id is null) = (imported_with_plan_name is null));

create index venue_imported_idx on venue (imported_with_plan_id) where imported_with_plan_id is not null;
