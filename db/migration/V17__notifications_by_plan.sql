-- Notifications at summit scale: a publish tells each recipient once, with how many requests at how many
-- venues, rather than once per venue; readers see their notifications grouped by the plan they are about,
-- a page at a time, and mark them all read at once. The UI words a notification in its reader's language
-- from these columns, not from the English text (which is also the e-mail).

alter table notification add column plan_id bigint;
alter table notification add column plan_name text;
alter table notification add column booking_count integer check (booking_count is null or booking_count >= 0);
alter table notification add column venue_count integer check (venue_count is null or venue_count >= 0);

-- The notifications written before: the plan from their subject, its name and counts from their text.
update notification set plan_id = subject_id::bigint where subject_type = 'plan' and subject_id ~ '^[0-9]{1,18}$';
update notification n set plan_id = b.plan_id
  from booking b where n.subject_type = 'booking' and n.subject_id ~ '^[0-9]{1,18}$' and b.id = n.subject_id::bigint;
update notification set plan_name = substring(message from 'plan ''([^'']*)''') where plan_id is not null;
update notification set booking_count = substring(message from '^([0-9]{1,9}) booking request')::integer,
                        venue_count = 1
  where kind in ('BOOKINGS_REQUESTED', 'BOOKINGS_WITHDRAWN') and message ~ '^[0-9]{1,9} booking request';

-- A reader's notifications of one plan, newest first; the groups, and the unread ones for the bell.
create index notification_account_plan_idx on notification (account_id, plan_id, id desc);
create index notification_unread_idx on notification (account_id) where read_at is null;
