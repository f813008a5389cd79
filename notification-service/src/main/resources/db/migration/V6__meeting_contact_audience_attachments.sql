-- The letter's header on every email: the meeting's contact person and sender; whom the meeting is addressed to.
alter table meeting_replica add column contact jsonb;
alter table meeting_replica add column sender text;
alter table meeting_replica add column addressed_to text not null default 'ALL_MEMBER_STATES';
-- The items of the last adopted agenda version, to tell what the next version changed.
alter table meeting_replica add column adopted_version int;
alter table meeting_replica add column adopted_items jsonb;

-- A state's ITU membership category (COUNCIL_MEMBER_STATE or MEMBER_STATE); null while registration-service has not
-- said.
alter table contacts_replica add column category text;

-- The From of an email (the meeting's sender; null: the configured one) and its attached files, each
-- {fileName, mediaType, content (base64)}: the contribution as a Word document, the time plan as iCalendar.
alter table delivery add column from_address text;
alter table delivery add column attachments jsonb not null default '[]';
