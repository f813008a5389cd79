-- The aggregate version of the last event each replica row applied (EventEnvelope's aggregateversion): an older event
-- arriving again (a re-injected dead letter, a replay under a new id) is acknowledged and ignored, so a removed item
-- stays removed and a deadline never goes back.
alter table meeting_replica add column applied_version bigint;
alter table agenda_item_replica add column applied_version bigint;
alter table member_state_category add column applied_version bigint;
