-- Contributions as contribution.events announce them: what the draft agenda lists under each item.
create table item_contribution (
    contribution_id   uuid primary key,
    meeting_id        text        not null,
    item_id           uuid        not null,
    title             text        not null,
    submitting_states jsonb       not null,
    on_time           boolean     not null,
    published         boolean     not null default false,
    public_reference  text,
    withdrawn         boolean     not null default false,
    updated_at        timestamptz not null
);
create index item_contribution_meeting on item_contribution (meeting_id, item_id);
