-- Whom a meeting is for (agenda-service's MeetingScheduled.addressedTo) and whether the member states it is not addressed
-- to may take part as observers. A meeting announced before either existed is for all member states, observers allowed,
-- as the event reads them.
alter table meeting_replica
    add column addressed_to      text    not null default 'ALL_MEMBER_STATES'
        check (addressed_to in ('COUNCIL_MEMBER_STATES', 'ALL_MEMBER_STATES')),
    add column observers_allowed boolean not null default true;
