-- The booking workflow (product.md, "Booking lifecycle"): what publishing, answering and re-planning
-- need beyond the tables of V4.

-- An engagement has at most one open request: re-publishing replaces it rather than adding a second,
-- even when two publishes of one plan run at once.
create unique index booking_one_open_request on booking (engagement_id) where status = 'REQUESTED';

-- The lapse job looks only at open requests by their answer-by time.
create index booking_open_answer_by_idx on booking (answer_by) where status = 'REQUESTED';

-- Where notifications are also sent by e-mail, when SMTP is configured; null for in-app only.
alter table account add column email text check (email is null or email like '%_@_%');

-- A solve may end on a step count of its local search instead of on time, so that it is reproducible.
alter table solve_job add column step_limit bigint check (step_limit is null or step_limit >= 1);

-- How many engagements of the saved solution are not at their published place (space or start
-- differs, or no longer scheduled): what a re-plan disturbed.
alter table solve_job add column moved_engagements integer;
