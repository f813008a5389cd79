-- Messaging tables shared by every service (shipped in plenary-events; each service lists db/messaging in
-- quarkus.flyway.locations). Versions 0_x are reserved for this file's successors, so they sort before the
-- service's own V1, V2, ... migrations on a new database.

create table outbox_event (
    seq          bigint generated always as identity primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    message_key  text        not null,
    type         text        not null,
    envelope     text        not null,
    created_at   timestamptz not null,
    published_at timestamptz
);

-- The relay reads only unpublished rows, oldest first: keep that scan small however large the table grows.
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;

create table processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    type         text        not null,
    processed_at timestamptz not null,
    primary key (consumer, event_id)
);
