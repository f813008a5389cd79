-- Where replies to an email go (Reply-To): the meeting's secretariat mailbox when the email was recorded.
alter table delivery add column reply_to text;
