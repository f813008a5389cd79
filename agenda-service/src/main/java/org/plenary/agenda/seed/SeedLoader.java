package org.plenary.agenda.seed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.plenary.agenda.agenda.AgendaItem;
import org.plenary.agenda.agenda.AgendaProposal;
import org.plenary.agenda.agenda.AgendaService;
import org.plenary.agenda.meeting.Deadlines;
import org.plenary.agenda.meeting.Meeting;
import org.plenary.agenda.meeting.MeetingRepository;
import org.plenary.agenda.meeting.MeetingService;
import org.plenary.platform.locking.AdvisoryLocks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Loads the default dataset at first start: the meeting and the 52 items of annex 1, with the letter's proposal counts
 * as anonymous proposals. Everything, events included, commits in one transaction, so a crash leaves either nothing
 * (and the next start loads it) or all of it.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    private final SeedConfig config;
    private final ObjectMapper mapper;
    private final MeetingRepository meetings;
    private final MeetingService meetingService;
    private final AgendaService agendaService;
    private final AdvisoryLocks locks;

    public SeedLoader(SeedConfig config, ObjectMapper mapper, MeetingRepository meetings,
                      MeetingService meetingService, AgendaService agendaService, AdvisoryLocks locks) {
        this.config = config;
        this.mapper = mapper;
        this.meetings = meetings;
        this.meetingService = meetingService;
        this.agendaService = agendaService;
        this.locks = locks;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        Dataset dataset = read();
        // Replicas starting together on an empty database: one loads, the others wait here and then find it loaded.
        locks.holdUntilCommit("plenary.agenda.seed");
        if (meetings.findByIdOptional(dataset.meeting().id()).isPresent()) {
            return;
        }
        SeedMeeting convened = dataset.meeting();
        Meeting meeting = meetingService.schedule(convened.toMeeting(),
                convened.contributionDeadlineNote() != null ? convened.contributionDeadlineNote() : "As convened",
                convened.convenedBy() != null ? convened.convenedBy() : "seed");
        for (SeedItem seed : dataset.agendaItems()) {
            agendaService.add(seed.toItem(meeting.id), seed.proposals());
        }
        agendaService.addAnonymousMeetingProposals(meeting.id, convened.proposalCounts());
        LOG.infof("Seeded meeting %s with %d agenda items from %s", meeting.id, dataset.agendaItems().size(),
                config.resource());
    }

    private Dataset read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(config.resource())) {
            if (in == null) {
                throw new IllegalStateException("Seed resource not found: " + config.resource());
            }
            return mapper.readValue(in, Dataset.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Seed resource unreadable: " + config.resource(), e);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Dataset(SeedMeeting meeting, List<SeedItem> agendaItems) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SeedMeeting(String id, Map<String, String> title, String convenedBy, String timeZone, LocalDate startsOn,
                       LocalDate contributionDeadline, String contributionDeadlineNote, Meeting.Capacity capacity,
                       Meeting.Mailboxes mailboxes, List<SeedProposal> proposals, Meeting.Contact contact,
                       Meeting.Audience addressedTo, Boolean observersAllowed) {

        /** Proposals on the agenda as a whole, counted by kind (none when the dataset lists none). */
        Map<AgendaProposal.Kind, Integer> proposalCounts() {
            Map<AgendaProposal.Kind, Integer> counts = new java.util.EnumMap<>(AgendaProposal.Kind.class);
            if (proposals != null) {
                proposals.forEach(p -> counts.merge(AgendaProposal.Kind.valueOf(p.kind()), p.proposingMemberStates(),
                        Integer::sum));
            }
            return counts;
        }

        Meeting toMeeting() {
            Meeting meeting = new Meeting();
            meeting.id = id;
            meeting.title = title;
            meeting.convenedBy = convenedBy;
            meeting.timeZone = timeZone;
            meeting.startsOn = startsOn;
            meeting.contributionDeadline = Deadlines.endOf(contributionDeadline, null, ZoneId.of(timeZone));
            meeting.capacity = capacity;
            meeting.mailboxes = mailboxes;
            meeting.contact = contact;
            meeting.addressedTo = addressedTo == null ? Meeting.Audience.ALL_MEMBER_STATES : addressedTo;
            meeting.observersAllowed = observersAllowed == null || observersAllowed;
            return meeting;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SeedItem(int number, Map<String, String> title, String document, String outcome, SeedProposal proposal) {

        AgendaItem toItem(String meetingId) {
            AgendaItem item = new AgendaItem();
            item.meetingId = meetingId;
            item.number = number;
            item.title = title;
            item.documentReference = document;
            item.outcome = outcome == null ? AgendaItem.Outcome.UNSPECIFIED : AgendaItem.Outcome.valueOf(outcome);
            // Every item of annex 1 is on the draft agenda of the virtual consultation; the proposals carry the
            // question of moving it.
            item.venue = AgendaItem.Venue.VIRTUAL_CONSULTATION;
            return item;
        }

        Map<AgendaProposal.Kind, Integer> proposals() {
            return proposal == null ? Map.of()
                    : Map.of(AgendaProposal.Kind.valueOf(proposal.kind()), proposal.proposingMemberStates());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SeedProposal(String kind, int proposingMemberStates) {
    }
}
