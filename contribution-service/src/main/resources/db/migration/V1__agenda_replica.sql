-- Replicas of agenda-service's data, built only from agenda.events (event-carried state transfer).
create table meeting_replica (
    id                    text primary key,
    title                 jsonb       not null,
    time_zone             text        not null,
    starts_on             date        not null,
    contribution_deadline timestamptz not null,
    updated_at            timestamptz not null
);

create table agenda_item_replica (
    id                 uuid primary key,
    meeting_id         text        not null,
    number             int         not null,
    title              jsonb       not null,
    document_reference text,
    outcome            text        not null,
    updated_at         timestamptz not null
);

create index agenda_item_replica_meeting on agenda_item_replica (meeting_id, number);
