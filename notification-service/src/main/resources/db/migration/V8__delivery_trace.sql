-- The W3C trace context the email was recorded in (the event's processing, or a resend request), so its SMTP send
-- shows in the same trace as the member state's request that caused it. Null for rows recorded before.
alter table delivery add column traceparent varchar(55);
