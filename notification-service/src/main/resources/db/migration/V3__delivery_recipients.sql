-- Each recipient is written to in its own SMTP transaction, so one refused address costs neither the others their
-- email nor the row its place: what each recipient answered is kept on the row.
-- Addresses that accepted the email; a retry writes only to the others.
alter table delivery add column delivered_to jsonb not null default '[]';
-- Addresses refused for good (a 5xx reply), each with the server's reply: [{"address": ..., "reply": ...}].
alter table delivery add column refused_recipients jsonb not null default '[]';
