-- Idempotency-Key records (org.plenary.platform.idempotency): a repeatable migration so that every service gets the
-- table whatever its own migrations' versions are. Changes to it must stay "if not exists"-safe.
create table if not exists idempotent_request (
    scope        text        not null,
    idem_key     text        not null,
    operation    text        not null,
    fingerprint  text        not null,
    resource_id  text,
    created_at   timestamptz not null,
    primary key (scope, idem_key)
);
