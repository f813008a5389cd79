-- A member state's ITU membership category: a Member State of the ITU Council, or not. The seed sets the Council's 48
-- (seed/member-states.json); a state added later starts as a Member State until the secretariat says otherwise.
alter table member_state add column category text not null default 'MEMBER_STATE'
    check (category in ('COUNCIL_MEMBER_STATE', 'MEMBER_STATE'));
