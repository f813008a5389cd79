package org.plenary.agenda.timeplan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenary.platform.i18n.Languages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

@Schema(name = "TimePlan")
public record TimePlanView(String meetingId, @Schema(enumeration = {"DRAFT", "PUBLISHED"}) String status,
                           String timeZone, Instant publishedAt, List<Session> sessions) {

    @Schema(name = "Session", description = "Date and times in the meeting's time zone; startsAt and endsAt in UTC")
    public record Session(UUID id, String title, LocalDate date, LocalTime start, LocalTime end, Instant startsAt,
                          Instant endsAt, int minutes, int allocatedMinutes, List<Item> items) {
    }

    @Schema(name = "SessionItem")
    public record Item(int number, String title, String documentReference, int minutes) {
    }

    static TimePlanView of(TimePlanService.Plan plan, String language) {
        ZoneId zone = ZoneId.of(plan.meeting().timeZone);
        return new TimePlanView(plan.meeting().id, plan.published() ? "PUBLISHED" : "DRAFT", plan.meeting().timeZone,
                plan.meeting().timePlanPublishedAt, plan.sessions().stream().map(e -> new Session(e.session().id,
                        Languages.text(e.session().title, language), e.session().date,
                        e.session().start, e.session().end, e.session().startsAt(zone), e.session().endsAt(zone),
                        e.session().minutes(), e.allocatedMinutes(), e.slots().stream().map(s -> new Item(
                        s.item().number, Languages.text(s.item().title, language),
                        s.item().documentReference, s.allocation().minutes)).toList())).toList());
    }
}
