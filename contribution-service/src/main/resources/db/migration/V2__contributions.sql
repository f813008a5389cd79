-- A removed item stays in the replica, marked, so contributions made on it still say what they were about.
alter table agenda_item_replica add column removed_at timestamptz;

-- Member states' contributions (the letter's annex 2). The row holds the latest revision; every revision, the first
-- included, is also kept in contribution_revision.
create table contribution (
    id                    uuid primary key,
    meeting_id            text        not null,
    status                text        not null check (status in ('SUBMITTED', 'PUBLISHED', 'WITHDRAWN')),
    item_id               uuid        not null,
    item_number           int         not null,
    document_reference    text        not null,
    title                 text        not null,
    comments_on_document  text        not null,
    proposed_way_forward  text        not null,
    language              text        not null,
    contact_name          text        not null,
    contact_email         text        not null,
    words                 int         not null,
    estimated_pages       numeric(5, 1) not null,
    on_time               boolean     not null,
    late_reason           text,
    late_accepted_by      text,
    revision              int         not null,
    submitted_by          text        not null,
    submitted_at          timestamptz not null,
    revised_at            timestamptz not null,
    public_number         int,
    public_reference      text,
    published_by          text,
    published_at          timestamptz,
    withdrawn_by          text,
    withdrawn_at          timestamptz,
    withdrawal_reason     text,
    unique (meeting_id, public_number)
);

create index contribution_meeting on contribution (meeting_id, submitted_at);
create index contribution_item on contribution (item_id);

-- The submitting member states in order (the first is the lead): a table, so lists filter by state.
create table contribution_submitter (
    contribution_id uuid not null references contribution (id),
    position        int  not null,
    member_state    text not null,
    primary key (contribution_id, position)
);

create index contribution_submitter_state on contribution_submitter (member_state);

create table contribution_revision (
    id                       uuid primary key,
    contribution_id          uuid        not null references contribution (id),
    revision                 int         not null,
    item_id                  uuid        not null,
    item_number              int         not null,
    document_reference       text        not null,
    submitting_member_states jsonb       not null,
    title                    text        not null,
    comments_on_document     text        not null,
    proposed_way_forward     text        not null,
    language                 text        not null,
    contact_name             text        not null,
    contact_email            text        not null,
    words                    int         not null,
    estimated_pages          numeric(5, 1) not null,
    on_time                  boolean     not null,
    late_reason              text,
    revised_by               text        not null,
    revised_at               timestamptz not null,
    unique (contribution_id, revision)
);
