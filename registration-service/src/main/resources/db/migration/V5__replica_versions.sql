-- The aggregate version of the last agenda event each replica row applied (EventEnvelope's aggregateversion): an older
-- event arriving again (a re-injected dead letter, a replay under a new id) is acknowledged and ignored, so a removed
-- item or a cancelled session never comes back.
alter table meeting_replica add column applied_version bigint;
alter table session_replica add column applied_version bigint;
alter table agenda_item_replica add column applied_version bigint;
