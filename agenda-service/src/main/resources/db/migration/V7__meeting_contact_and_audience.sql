-- The letter's header: the meeting's contact person, and whom the meeting is addressed to.
alter table meeting add column contact jsonb;
alter table meeting add column addressed_to text not null default 'ALL_MEMBER_STATES'
    check (addressed_to in ('COUNCIL_MEMBER_STATES', 'ALL_MEMBER_STATES'));
alter table meeting add column observers_allowed boolean not null default true;
