-- Member-state directory: the states and their contact persons (focal points).
create table member_state (
    code       text primary key,
    name       text        not null,
    updated_at timestamptz not null
);

create table contact_person (
    id           uuid primary key,
    member_state text not null references member_state (code),
    position     int  not null,
    name         text not null,
    email        text not null,
    language     text not null,
    unique (member_state, position)
);

-- Replicas of agenda-service's meetings, sessions and items, from agenda.events only.
create table meeting_replica (
    id         text primary key,
    title      jsonb       not null,
    time_zone  text        not null,
    starts_on  date        not null,
    updated_at timestamptz not null
);

create table session_replica (
    id           uuid primary key,
    meeting_id   text        not null,
    starts_at    timestamptz not null,
    ends_at      timestamptz not null,
    title        jsonb,
    cancelled_at timestamptz
);

create table agenda_item_replica (
    id                 uuid primary key,
    meeting_id         text  not null,
    number             int   not null,
    document_reference text,
    title              jsonb not null,
    removed_at         timestamptz
);

-- The platform's pools for one meeting, and how much of them is used: the row every registration locks, so the
-- limits hold under any concurrency and on any number of replicas.
create table meeting_capacity (
    meeting_id            text primary key,
    speakers              int         not null check (speakers >= 0),
    viewers               int         not null check (viewers >= 0),
    speakers_per_delegation_min int   not null,
    speakers_per_delegation_max int   not null,
    speakers_used         int         not null default 0 check (speakers_used >= 0),
    viewers_used          int         not null default 0 check (viewers_used >= 0),
    set_by                text,
    updated_at            timestamptz not null
);

create table delegation (
    id           uuid primary key,
    meeting_id   text not null,
    member_state text not null,
    speakers     int  not null default 0 check (speakers >= 0),
    viewers      int  not null default 0 check (viewers >= 0),
    unique (meeting_id, member_state)
);

create table participant (
    id              uuid primary key,
    delegation_id   uuid        not null references delegation (id),
    meeting_id      text        not null,
    member_state    text        not null,
    name            text        not null,
    email           text        not null,
    function        text,
    language        text        not null,
    role            text        not null check (role in ('SPEAKER', 'VIEWER')),
    status          text        not null check (status in ('ACTIVE', 'WAITING', 'CANCELLED')),
    join_token_hash text unique,
    registered_at   timestamptz not null,
    waiting_since   timestamptz,
    cancelled_at    timestamptz,
    cancelled_by    text,
    updated_at      timestamptz not null
);

create index participant_delegation on participant (delegation_id, registered_at);
create index participant_waiting on participant (meeting_id, waiting_since) where status = 'WAITING';
-- One registration per person and meeting, whatever the case of the address.
create unique index participant_email on participant (meeting_id, lower(email)) where status <> 'CANCELLED';

create table additional_speaker_request (
    id             uuid primary key,
    meeting_id     text        not null,
    member_state   text        not null,
    participant_id uuid        not null references participant (id),
    scope          text        not null check (scope in ('SESSION', 'ITEM')),
    scope_id       uuid        not null,
    scope_label    text        not null,
    reason         text,
    status         text        not null check (status in ('REQUESTED', 'GRANTED', 'REFUSED')),
    requested_by   text        not null,
    requested_at   timestamptz not null,
    decided_by     text,
    decided_at     timestamptz,
    decision_reason text
);

create index additional_speaker_scope on additional_speaker_request (meeting_id, scope_id) where status = 'GRANTED';
