-- Every setting of a meeting's contribution deadline, the first one included: who, when, why, and what it was before.
create table contribution_deadline_change (
    id                uuid primary key,
    meeting_id        text        not null references meeting (id),
    deadline          timestamptz not null,
    previous_deadline timestamptz,
    reason            text        not null,
    changed_by        text        not null,
    changed_at        timestamptz not null
);

create index contribution_deadline_change_meeting on contribution_deadline_change (meeting_id, changed_at);

-- Meetings that existed before the history was kept start it with the deadline they had.
insert into contribution_deadline_change (id, meeting_id, deadline, previous_deadline, reason, changed_by, changed_at)
select gen_random_uuid(), id, contribution_deadline, null, 'Deadline as stored before its history was kept',
       'migration V2', now()
from meeting;
