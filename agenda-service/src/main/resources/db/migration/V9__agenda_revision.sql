-- Each meeting's agenda revision: every change to what GET /meetings/{id}/agenda shows (the meeting, its items,
-- their proposals, the versions, the contributions listed under the items) moves it, in the changing transaction,
-- whichever code path made the change. The read's entity tag is made from it (agenda/AgendaRepresentations.java), so
-- a matching If-None-Match is answered, and an unchanged agenda served again, without reading the agenda.
create table agenda_revision (
    meeting_id text primary key,
    revision   bigint not null
);

insert into agenda_revision (meeting_id, revision) select id, 1 from meeting;

-- The trigger's argument names the row's meeting column.
create function move_agenda_revision() returns trigger language plpgsql as $$
declare
    changed_meeting text;
begin
    if tg_op = 'DELETE' then
        changed_meeting := to_jsonb(old) ->> tg_argv[0];
    else
        changed_meeting := to_jsonb(new) ->> tg_argv[0];
    end if;
    insert into agenda_revision (meeting_id, revision) values (changed_meeting, 1)
        on conflict (meeting_id) do update set revision = agenda_revision.revision + 1;
    return null;
end
$$;

create trigger meeting_moves_agenda_revision after insert or update or delete on meeting
    for each row execute function move_agenda_revision('id');
create trigger agenda_item_moves_agenda_revision after insert or update or delete on agenda_item
    for each row execute function move_agenda_revision('meeting_id');
create trigger agenda_proposal_moves_agenda_revision after insert or update or delete on agenda_proposal
    for each row execute function move_agenda_revision('meeting_id');
create trigger agenda_version_moves_agenda_revision after insert or update or delete on agenda_version
    for each row execute function move_agenda_revision('meeting_id');
create trigger item_contribution_moves_agenda_revision after insert or update or delete on item_contribution
    for each row execute function move_agenda_revision('meeting_id');
