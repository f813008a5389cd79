-- Items are removed softly, so proposals and versions keep pointing at them; a number is unique among current items.
alter table agenda_item add column removed_at timestamptz;
alter table agenda_item drop constraint agenda_item_number_unique;
create unique index agenda_item_current_number on agenda_item (meeting_id, number) where removed_at is null;

-- Each adoption freezes the agenda as it stood: an immutable, numbered version.
create table agenda_version (
    meeting_id text        not null references meeting (id),
    number     int         not null check (number > 0),
    reason     text,
    adopted_by text        not null,
    adopted_at timestamptz not null,
    items      jsonb       not null,
    primary key (meeting_id, number),
    constraint agenda_version_reason check (number = 1 or reason is not null)
);
