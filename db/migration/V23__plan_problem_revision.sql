-- The revision of what a plan asks of its schedule (engagements, delegations, weights, closures, settings,
-- pins), moved by every change of the plan's content except where its engagements are placed. A kept
-- scoring draft at the same problem revision is brought up to date from the placements alone.
alter table plan add column problem_revision bigint not null default 0;
