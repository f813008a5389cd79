-- Each aggregate's version per topic: the outbox stamps every event with the next one (EventEnvelope's
-- aggregateversion), so replicas can tell a newer event from an older or replayed one.
create table outbox_aggregate_version (
    topic        text   not null,
    aggregate_id text   not null,
    version      bigint not null,
    primary key (topic, aggregate_id)
);
