-- What this service keeps of others' data, from events only.
create table meeting_replica (
    id                     text primary key,
    title                  jsonb       not null,
    time_zone              text        not null,
    starts_on              date        not null,
    contribution_deadline  timestamptz not null,
    -- When the deadline took its current value: reminders due before then belong to no deadline anyone knew.
    deadline_set_at        timestamptz not null,
    contributions_mailbox  text,
    speaker_mailbox        text,
    speaker_cc_mailbox     text,
    secretariat_mailbox    text,
    -- ISO 8601 durations before the contribution deadline; null: the configured defaults.
    reminder_offsets       jsonb,
    updated_at             timestamptz not null
);

create table contacts_replica (
    member_state    text primary key,
    name            text        not null,
    contact_persons jsonb       not null,
    updated_at      timestamptz not null
);

create table delegation_replica (
    id           text primary key,  -- <meetingId>/<memberState>
    meeting_id   text not null,
    member_state text not null,
    speakers     int  not null
);

-- The delivery ledger: every email is a row before it is sent.
create table delivery (
    id                 uuid primary key,
    -- The order of recording, whatever the (movable) clock said: the backlog drains in this order.
    seq                bigint generated always as identity,
    source_event_id    uuid,
    kind               text        not null,
    meeting_id         text,
    language           text        not null,
    to_addresses       jsonb       not null,
    cc_addresses       jsonb       not null,
    missing_recipients jsonb       not null,
    subject            text        not null,
    text_body          text        not null,
    html_body          text        not null,
    status             text        not null check (status in ('PENDING', 'SENT', 'FAILED', 'DEAD')),
    attempts           int         not null default 0,
    -- Real time, not the meeting's simulated time: retries are operations.
    next_attempt_at    timestamptz not null,
    last_error         text,
    message_id         text,
    created_at         timestamptz not null,
    sent_at            timestamptz,
    resend_of          uuid references delivery (id),
    -- A reminder's identity (meeting, kind, deadline, offset, state): each goes out once, whatever the replicas.
    reminder_key       text unique,
    late               boolean     not null default false,
    unique (source_event_id, kind)
);

create index delivery_unsent on delivery (seq) where status in ('PENDING', 'FAILED');
create index delivery_meeting on delivery (meeting_id, created_at);
