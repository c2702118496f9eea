-- Solves and recurring jobs are claimed from tables, so that several application instances on one
-- database share them (docs/solver.md, "A queue in the database"; docs/deployment.md). Both tables have
-- the layout db-scheduler 16 reads and writes: a row is one execution of a task, picked (claimed) by the
-- instance named in picked_by, which renews last_heartbeat while it runs; a row whose heartbeat is old
-- belongs to an instance that died, and another instance takes it over.

-- The solve requests: task "solve", one row per request (task_instance is the request's id, task_data
-- the plan's id, Java-serialised), waiting until an instance with a free solver slot picks it. Its own
-- table, apart from the recurring jobs', because each scheduler has threads of its own (one per solver
-- slot here) and takes the rows of tasks it does not know for tasks to delete.
create table solve_queue (
    task_name            text        not null,
    task_instance        text        not null,
    task_data            bytea,
    execution_time       timestamptz not null,
    picked               boolean     not null,
    picked_by            text,
    last_success         timestamptz,
    last_failure         timestamptz,
    consecutive_failures int,
    last_heartbeat       timestamptz,
    version              bigint      not null,
    priority             smallint,
    primary key (task_name, task_instance)
);

create index solve_queue_execution_time_idx on solve_queue (execution_time);
create index solve_queue_last_heartbeat_idx on solve_queue (last_heartbeat);

-- Recurring jobs (booking lapses): one row per job, run by one instance at a time; the same layout,
-- indexes included.
create table scheduled_tasks (like solve_queue including all);

-- The job row is what every instance reads and the running instance writes:
alter table solve_job
    -- the request holding the plan's place (null once its solve has ended), and since when it is
    -- reserved for the request that resumes a solve paused by a booking answer, not yet queued;
    add column ticket_id      uuid,
    add column reserved_at    timestamptz,
    -- the run that may write the solve's results: a new one at each claim, so that a run taken over
    -- by another instance writes nothing more; and the instance it runs on;
    add column run_id         uuid,
    add column solved_by      text,
    -- a stop asked on any instance, which the running instance reads once a second;
    add column stop_requested boolean not null default false,
    -- the running solve's starting score, and its best score and solving time once a second.
    add column starting_hard   bigint,
    add column starting_medium bigint,
    add column starting_soft   bigint,
    add column live_hard       bigint,
    add column live_medium     bigint,
    add column live_soft       bigint,
    add column live_time_ms    bigint,
    add check ((starting_hard is null) = (starting_soft is null) and (starting_hard is null) = (starting_medium is null)),
    add check ((live_hard is null) = (live_soft is null) and (live_hard is null) = (live_medium is null));

-- Solves left queued or solving by an application that ran before this version have no request in the
-- queue to resume them: they end as that application would have ended them at its next start.
update plan set solving = false
    where id in (select plan_id from solve_job where state in ('QUEUED', 'SOLVING'));
update solve_job set state = 'INTERRUPTED', error = 'The application stopped before the solve ended.',
        ended_at = now()
    where state in ('QUEUED', 'SOLVING');
