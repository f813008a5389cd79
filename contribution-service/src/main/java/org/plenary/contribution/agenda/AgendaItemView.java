package org.plenary.contribution.agenda;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "AgendaItemReference", description = "An agenda item a contribution may refer to")
public record AgendaItemView(UUID id, int number, String title, String documentReference, String outcome) {
}
