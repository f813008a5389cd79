package org.plenary.agenda.meeting;

import org.plenary.events.agenda.ContributionDeadlineChanged;
import org.plenary.events.agenda.MeetingScheduled;

/** The events a meeting's changes publish, each built in one place from the entity. */
final class MeetingEvents {

    private MeetingEvents() {
    }

    static MeetingScheduled scheduled(Meeting meeting) {
        Meeting.Mailboxes m = meeting.mailboxes;
        Meeting.Capacity c = meeting.capacity;
        return new MeetingScheduled(meeting.id, meeting.title, meeting.timeZone, meeting.startsOn,
                meeting.contributionDeadline,
                new MeetingScheduled.Mailboxes(m.contributions(), m.speakerRegistration(), m.speakerRegistrationCc(),
                        m.secretariat(), m.sender()),
                new MeetingScheduled.Capacity(c.speakers(), c.viewers(), c.speakersPerDelegationMin(),
                        c.speakersPerDelegationMax()),
                meeting.contact == null ? null
                        : new MeetingScheduled.Contact(meeting.contact.name(), meeting.contact.phone(),
                        meeting.contact.email()),
                meeting.addressedTo.name(), meeting.observersAllowed);
    }

    static ContributionDeadlineChanged deadlineChanged(ContributionDeadlineChange change, String timeZone) {
        return new ContributionDeadlineChanged(change.meetingId, change.deadline, timeZone, change.previousDeadline,
                change.reason, change.changedBy, change.changedAt);
    }
}
