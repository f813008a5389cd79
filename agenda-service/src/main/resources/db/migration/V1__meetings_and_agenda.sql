create table meeting (
    id                    text primary key,
    title                 jsonb       not null,
    time_zone             text        not null,
    starts_on             date        not null,
    contribution_deadline timestamptz not null,
    mailboxes             jsonb       not null,
    capacity              jsonb       not null,
    convened_by           text,
    created_at            timestamptz not null,
    version               bigint      not null default 0
);

create table agenda_item (
    id                 uuid primary key,
    meeting_id         text        not null references meeting (id),
    number             int         not null check (number > 0),
    title              jsonb       not null,
    document_reference text,
    outcome            text        not null,
    venue              text        not null,
    created_at         timestamptz not null,
    constraint agenda_item_number_unique unique (meeting_id, number) deferrable initially immediate
);

-- Provenance of an item: one row per member state's proposal. Seeded counts ("proposed by 3 member states") load
-- as anonymous rows (member_state null), which the unique constraint lets coexist.
create table agenda_proposal (
    id             uuid primary key,
    item_id        uuid        not null references agenda_item (id),
    kind           text        not null,
    member_state   text check (member_state ~ '^[A-Z]{3}$'),
    proposed_title jsonb,
    created_at     timestamptz not null,
    constraint agenda_proposal_once_per_state unique (item_id, kind, member_state)
);

create index agenda_proposal_item on agenda_proposal (item_id);
