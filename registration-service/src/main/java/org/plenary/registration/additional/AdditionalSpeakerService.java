package org.plenary.registration.additional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.plenary.events.outbox.Outbox;
import org.plenary.events.registration.AdditionalSpeakerDecided;
import org.plenary.events.registration.AdditionalSpeakerRequested;
import org.plenary.platform.problem.InvalidField;
import org.plenary.platform.problem.NotFound;
import org.plenary.platform.problem.ProblemException;
import org.plenary.platform.security.Caller;
import org.plenary.registration.agenda.AgendaItemReplica;
import org.plenary.registration.agenda.AgendaItemReplicaRepository;
import org.plenary.registration.agenda.MeetingReplica;
import org.plenary.registration.agenda.MeetingReplicaRepository;
import org.plenary.registration.agenda.SessionReplica;
import org.plenary.registration.agenda.SessionReplicaRepository;
import org.plenary.registration.capacity.Delegation;
import org.plenary.registration.capacity.MeetingCapacity;
import org.plenary.registration.capacity.MeetingCapacityRepository;
import org.plenary.registration.capacity.Places;
import org.plenary.registration.delegation.Participant;
import org.plenary.registration.delegation.ParticipantNotActive;
import org.plenary.registration.delegation.ParticipantRepository;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Additional speakers for one session or one item, granted by the secretariat subject to capacity: a grant counts
 * against the speaker pool only in its scope, so a grant needs "regular speakers + grants in that scope" below the
 * pool, checked under the meeting's capacity lock like every other place.
 */
@ApplicationScoped
public class AdditionalSpeakerService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AdditionalSpeakerRequestRepository requests;
    private final ParticipantRepository participants;
    private final SessionReplicaRepository sessions;
    private final AgendaItemReplicaRepository items;
    private final MeetingReplicaRepository meetings;
    private final MeetingCapacityRepository capacities;
    private final Places places;
    private final Outbox outbox;
    private final Clock clock;

    public AdditionalSpeakerService(AdditionalSpeakerRequestRepository requests, ParticipantRepository participants,
                                    SessionReplicaRepository sessions, AgendaItemReplicaRepository items,
                                    MeetingReplicaRepository meetings, MeetingCapacityRepository capacities,
                                    Places places, Outbox outbox, Clock clock) {
        this.requests = requests;
        this.participants = participants;
        this.sessions = sessions;
        this.items = items;
        this.meetings = meetings;
        this.capacities = capacities;
        this.places = places;
        this.outbox = outbox;
        this.clock = clock;
    }

    static class RequestConflict extends ProblemException {
        RequestConflict(String detail) {
            super("additional-speaker-conflict", "Not possible for this request", 409, detail);
        }
    }

    @Transactional
    public AdditionalSpeakerRequest request(String meetingId, String memberState, Nomination nomination,
                                            Caller caller) {
        MeetingReplica meeting = meetings.findByIdOptional(meetingId)
                .orElseThrow(() -> new NotFound("Meeting", meetingId));
        Participant participant = participants.findByIdOptional(nomination.participantId())
                .filter(p -> p.meetingId.equals(meetingId) && p.memberState.equals(memberState))
                .orElseThrow(() -> new NotFound("Participant", nomination.participantId()));
        if (participant.status != Participant.Status.ACTIVE) {
            throw new ParticipantNotActive(participant);
        }
        if (participant.role == Participant.Role.SPEAKER) {
            throw new RequestConflict(participant.name + " is already one of the delegation's speakers");
        }
        AdditionalSpeakerRequest request = new AdditionalSpeakerRequest();
        if (nomination.sessionId() != null) {
            SessionReplica session = sessions.findByIdOptional(nomination.sessionId())
                    .filter(s -> s.meetingId.equals(meetingId) && s.cancelledAt == null)
                    .orElseThrow(() -> new InvalidField("sessionId", "in-time-plan",
                            "must be a session of the meeting's time plan"));
            request.scope = AdditionalSpeakerRequest.Scope.SESSION;
            request.scopeId = session.id;
            request.scopeLabel = "Session " + WHEN.format(session.startsAt.atZone(ZoneId.of(meeting.timeZone)))
                    + " (" + meeting.timeZone + ")";
        } else {
            AgendaItemReplica item = items.find("meetingId = ?1 and number = ?2 and removedAt is null", meetingId,
                    nomination.itemNumber()).firstResultOptional()
                    .orElseThrow(() -> new InvalidField("itemNumber", "on-agenda",
                            "must be the number of an item on the meeting's agenda"));
            request.scope = AdditionalSpeakerRequest.Scope.ITEM;
            request.scopeId = item.id;
            request.scopeLabel = "Item " + item.number
                    + (item.documentReference == null ? "" : " (" + item.documentReference + ")");
        }
        if (requests.pending(participant.id, request.scopeId)) {
            throw new RequestConflict(participant.name + " already has a request for " + request.scopeLabel);
        }
        request.id = UUID.randomUUID();
        request.meetingId = meetingId;
        request.memberState = memberState;
        request.participantId = participant.id;
        request.reason = nomination.reason();
        request.status = AdditionalSpeakerRequest.Status.REQUESTED;
        request.requestedBy = caller.name();
        request.requestedAt = clock.instant();
        requests.persist(request);
        outbox.append(Delegation.keyOf(meetingId, memberState), new AdditionalSpeakerRequested(request.id, meetingId, memberState, participant.id, participant.name,
                        request.scope.name(), request.scopeId, request.scopeLabel, request.reason,
                        request.requestedAt));
        return request;
    }

    @Transactional
    public AdditionalSpeakerRequest decide(String meetingId, UUID requestId, boolean grant, String reason,
                                           Caller caller) {
        MeetingCapacity capacity = capacities.lock(meetingId);
        AdditionalSpeakerRequest request = requests.findByIdOptional(requestId)
                .filter(r -> r.meetingId.equals(meetingId))
                .orElseThrow(() -> new NotFound("Additional-speaker request", requestId));
        if (request.status != AdditionalSpeakerRequest.Status.REQUESTED) {
            throw new RequestConflict("The request was already " + request.status.name().toLowerCase());
        }
        if (grant) {
            places.checkRoomForAdditionalSpeaker(capacity, requests.granted(meetingId, request.scopeId),
                    request.scopeLabel);
        }
        Participant participant = participants.findById(request.participantId);
        request.status = grant ? AdditionalSpeakerRequest.Status.GRANTED : AdditionalSpeakerRequest.Status.REFUSED;
        request.decidedBy = caller.name();
        request.decidedAt = clock.instant();
        request.decisionReason = reason;
        outbox.append(Delegation.keyOf(meetingId, request.memberState), new AdditionalSpeakerDecided(request.id, meetingId, request.memberState, request.participantId,
                        participant.name, request.scope.name(), request.scopeId, request.scopeLabel, grant, reason,
                        request.decidedBy, request.decidedAt));
        return request;
    }

    @Transactional
    public List<AdditionalSpeakerRequest> list(String meetingId, String memberState) {
        return requests.listByMeeting(meetingId, memberState);
    }
}
