-- The time-management plan: sessions in the meeting's time zone, and agenda items allocated to them in minutes.
create table meeting_session (
    id         uuid primary key,
    meeting_id text        not null references meeting (id),
    title      jsonb       not null,
    date       date        not null,
    starts     time        not null,
    ends       time        not null,
    created_at timestamptz not null,
    check (ends > starts)
);
create index meeting_session_meeting on meeting_session (meeting_id, date, starts);

create table session_allocation (
    session_id uuid not null references meeting_session (id) on delete cascade,
    item_id    uuid not null references agenda_item (id),
    minutes    int  not null check (minutes > 0),
    position   int  not null,
    primary key (session_id, item_id),
    -- An item is discussed in one session.
    constraint session_allocation_item_once unique (item_id)
);

-- Draft until published; any change after publication makes it a draft again until the next publication.
alter table meeting add column time_plan_published_at timestamptz;
alter table meeting add column time_plan_changed_at timestamptz;
