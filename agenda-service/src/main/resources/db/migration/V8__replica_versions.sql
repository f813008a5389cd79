-- The aggregate version of the last contribution event each row applied (EventEnvelope's aggregateversion): an older
-- event arriving again (a re-injected dead letter, a replay under a new id) is acknowledged and ignored.
alter table item_contribution add column applied_version bigint;
