-- "Discuss all items virtually" is a proposal on the meeting; so is "new item" until the item is on the agenda (the
-- letter's item 15 is one, proposed by 5 states), when its proposals belong to the item.
alter table agenda_proposal add column meeting_id text references meeting (id);
update agenda_proposal p set meeting_id = i.meeting_id from agenda_item i where i.id = p.item_id;
alter table agenda_proposal alter column meeting_id set not null;
alter table agenda_proposal alter column item_id drop not null;
alter table agenda_proposal add constraint agenda_proposal_target check (
    (kind not in ('MOVE_TO_PHYSICAL_MEETING', 'MOVE_TO_VIRTUAL_CONSULTATION') or item_id is not null)
    and (kind <> 'DISCUSS_ALL_ITEMS_VIRTUALLY' or item_id is null));
alter table agenda_proposal add constraint agenda_proposal_new_item_titled check (
    kind <> 'NEW_ITEM' or item_id is not null or proposed_title ? 'en');

-- One state counts once per item and kind (the existing constraint), once for "discuss all", and once per new title.
create unique index agenda_proposal_once_per_meeting on agenda_proposal (meeting_id, kind, member_state)
    where kind = 'DISCUSS_ALL_ITEMS_VIRTUALLY';
create unique index agenda_proposal_new_item_once on agenda_proposal (meeting_id, member_state, lower(proposed_title ->> 'en'))
    where kind = 'NEW_ITEM';
create index agenda_proposal_meeting on agenda_proposal (meeting_id);
