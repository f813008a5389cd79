package org.plenary.agenda.mapping;

import org.plenary.agenda.AgendaItem;
import org.plenary.agenda.AgendaProposal;
import org.plenary.agenda.AgendaVersion;
import org.plenary.agenda.ContributionDeadlineChange;
import org.plenary.agenda.ItemContribution;
import org.plenary.agenda.Meeting;
import org.plenary.agenda.rest.AgendaView;
import org.plenary.agenda.rest.DeadlineChangeView;
import org.plenary.agenda.rest.MeetingView;
import org.plenary.agenda.rest.ProposalView;
import org.plenary.agenda.rest.VersionView;
import org.plenary.agenda.service.VersionService;
import org.plenary.agenda.service.Deadlines;
import org.plenary.events.agenda.AgendaAdopted;
import org.plenary.events.agenda.AgendaItemAdded;
import org.plenary.events.agenda.AgendaItemChanged;
import org.plenary.events.agenda.ContributionDeadlineChanged;
import org.plenary.events.agenda.MeetingScheduled;
import org.plenary.platform.i18n.Languages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Entities to API records and event payloads: the three never share a type. */
public final class AgendaMapper {

    private AgendaMapper() {
    }

    public static MeetingView view(Meeting meeting, String language) {
        return new MeetingView(meeting.id, Languages.text(meeting.title, language), meeting.title, meeting.timeZone,
                meeting.startsOn, meeting.contributionDeadline,
                Deadlines.local(meeting.contributionDeadline, meeting.timeZone),
                meeting.mailboxes, meeting.capacity);
    }

    public static AgendaView.Item view(AgendaItem item, Map<AgendaProposal.Kind, Integer> counts,
                                       List<ItemContribution> contributions, String language) {
        return new AgendaView.Item(item.id, item.number, Languages.text(item.title, language),
                item.documentReference, item.outcome.name(), item.venue.name(), names(counts),
                contributions.stream().map(c -> new AgendaView.Contribution(c.contributionId, c.title,
                        c.submittingStates, c.published, c.publicReference)).toList());
    }

    public static DeadlineChangeView view(ContributionDeadlineChange change, String timeZone) {
        return new DeadlineChangeView(change.deadline, Deadlines.local(change.deadline, timeZone),
                change.previousDeadline, change.reason, change.changedBy, change.changedAt);
    }

    public static ContributionDeadlineChanged deadlineChanged(ContributionDeadlineChange change, String timeZone) {
        return new ContributionDeadlineChanged(change.meetingId, change.deadline, timeZone, change.previousDeadline,
                change.reason, change.changedBy, change.changedAt);
    }

    public static MeetingScheduled scheduled(Meeting meeting) {
        Meeting.Mailboxes m = meeting.mailboxes;
        Meeting.Capacity c = meeting.capacity;
        return new MeetingScheduled(meeting.id, meeting.title, meeting.timeZone, meeting.startsOn,
                meeting.contributionDeadline,
                new MeetingScheduled.Mailboxes(m.contributions(), m.speakerRegistration(), m.speakerRegistrationCc(),
                        m.secretariat()),
                new MeetingScheduled.Capacity(c.speakers(), c.viewers(), c.speakersPerDelegationMin(),
                        c.speakersPerDelegationMax()));
    }

    public static AgendaItemAdded added(AgendaItem item, Map<AgendaProposal.Kind, Integer> counts) {
        return new AgendaItemAdded(item.meetingId, item.id, item.number, item.title, item.documentReference,
                item.outcome.name(), item.venue.name(), names(counts));
    }

    public static AgendaItemChanged changed(AgendaItem item, Map<AgendaProposal.Kind, Integer> counts) {
        return new AgendaItemChanged(item.meetingId, item.id, item.number, item.title, item.documentReference,
                item.outcome.name(), item.venue.name(), names(counts));
    }

    public static ProposalView view(AgendaProposal proposal, Integer itemNumber) {
        return new ProposalView(proposal.id, proposal.kind, itemNumber, proposal.memberState, proposal.proposedTitle,
                proposal.createdAt);
    }

    public static AgendaAdopted adopted(AgendaVersion version) {
        return new AgendaAdopted(version.key.meetingId(), version.key.number(), version.reason, version.adoptedBy,
                version.adoptedAt, version.items.stream().map(i -> new AgendaAdopted.Item(i.itemId(), i.number(),
                        i.title(), i.documentReference(), i.outcome())).toList());
    }

    public static VersionView view(AgendaVersion version, boolean withItems) {
        return new VersionView(version.key.number(), version.reason, version.adoptedBy, version.adoptedAt,
                version.items.size(), withItems ? version.items.stream().map(AgendaMapper::view).toList() : null);
    }

    public static VersionView.Comparison view(VersionService.Comparison c) {
        return new VersionView.Comparison(c.from(), c.to(), c.added().stream().map(AgendaMapper::view).toList(),
                c.removed().stream().map(AgendaMapper::view).toList(),
                c.renumbered().stream().map(r -> new VersionView.Renumbered(r.itemId(), r.from(), r.to())).toList(),
                c.retitled().stream().map(r -> new VersionView.Retitled(r.itemId(), r.number(), r.from(), r.to()))
                        .toList());
    }

    private static VersionView.Item view(AgendaVersion.Item item) {
        return new VersionView.Item(item.itemId(), item.number(), item.title(), item.documentReference(),
                item.outcome());
    }

    public static Map<String, Integer> names(Map<AgendaProposal.Kind, Integer> counts) {
        Map<String, Integer> byName = new LinkedHashMap<>();
        if (counts != null) {
            counts.forEach((kind, count) -> byName.put(kind.name(), count));
        }
        return byName;
    }
}
