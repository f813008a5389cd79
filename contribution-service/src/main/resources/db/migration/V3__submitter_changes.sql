-- Why the secretariat changed a contribution's lead, or which state was removed from its submitting states.
alter table contribution_revision add column change_reason text;
