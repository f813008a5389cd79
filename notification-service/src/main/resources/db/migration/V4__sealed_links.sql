-- A participant's join link is kept sealed (as the event carried it) and put into the message only when it is sent:
-- text_body and html_body hold a placeholder where the link goes, so the ledger never shows a working link.
alter table delivery add column sealed_link text;
-- What the link was sealed for (the participant's id): it opens for nothing else.
alter table delivery add column sealed_for text;
