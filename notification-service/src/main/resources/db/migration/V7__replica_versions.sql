-- The aggregate version of the last event each replica row applied (EventEnvelope's aggregateversion): an event that
-- is not newer (replayed, or dead-lettered and re-injected after newer ones) is acknowledged and ignored.
alter table meeting_replica add column applied_version bigint;
alter table contacts_replica add column applied_version bigint;
alter table delegation_replica add column applied_version bigint;
