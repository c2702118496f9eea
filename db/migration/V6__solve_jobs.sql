-- Solving jobs, one row per plan: the latest solve of the plan and how it went. The row outlives the
-- process, so that a solve cut off by a stop or a crash shows as INTERRUPTED after the next start
-- (its best solution so far is already in the engagement rows, saved while solving).
create table solve_job (
    plan_id                 bigint      primary key references plan (id) on delete cascade,
    state                   text        not null check (state in ('QUEUED', 'SOLVING', 'FINISHED', 'STOPPED',
                                                                  'INTERRUPTED', 'FAILED')),
    requested_by            text        not null,
    time_limit_ms           bigint      not null check (time_limit_ms between 1000 and 1800000),
    queued_at               timestamptz not null,
    started_at              timestamptz,
    ended_at                timestamptz,
    -- The score of the solution last saved to the engagement rows, not of a newer unsaved best.
    best_hard               bigint,
    best_medium             bigint,
    best_soft               bigint,
    time_spent_ms           bigint      not null default 0,
    score_calculation_speed bigint      not null default 0,
    error                   text,
    version                 bigint      not null default 0,
    check ((best_hard is null) = (best_soft is null) and (best_hard is null) = (best_medium is null))
);

-- While true the plan refuses edits with 409 ("stop solving first", product.md); set and cleared
-- with the job's state, in the same transaction.
alter table plan add column solving boolean not null default false;
