-- The service's own tables come with its feature; the messaging tables (outbox, processed events) are in
-- plenary-events' db/messaging, applied before this.
select 1;
