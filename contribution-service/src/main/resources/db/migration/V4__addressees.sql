-- Whom a meeting is for. Each member state's ITU membership category, from registration.events' ContactPersonsChanged
-- (a state not yet announced here has no row), and the meeting's audience and whether it admits observers, from
-- agenda.events' MeetingScheduled (a meeting announced before either existed is for all member states, observers
-- allowed, as the event reads them).
create table member_state_category (
    member_state text primary key,
    category     text        not null check (category in ('COUNCIL_MEMBER_STATE', 'MEMBER_STATE')),
    updated_at   timestamptz not null
);

alter table meeting_replica
    add column addressed_to      text    not null default 'ALL_MEMBER_STATES'
        check (addressed_to in ('COUNCIL_MEMBER_STATES', 'ALL_MEMBER_STATES')),
    add column observers_allowed boolean not null default true;
