package org.plenary.contribution.contribution;

import org.plenary.contribution.agenda.AgendaItemReplica;
import org.plenary.platform.i18n.Languages;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the template's "reference to the document" to an item of the agenda: {@code C20/55} names the item whose
 * document that is; an item without a document is named by its number ({@code 15} or {@code item 15}). Spaces, case
 * and leading zeros do not matter. An optional item number must agree, and settles a document shared by two items.
 */
final class DocumentReferences {

    private static final Pattern DOCUMENT = Pattern.compile("C(\\d{2})/0*(\\d{1,3})");
    private static final Pattern ITEM = Pattern.compile("(?:ITEM)?0*(\\d{1,3})");
    static final String FIELD = "documentReference";

    /** The item and the reference as the contribution records it: its document, or "item 15". */
    record Resolved(AgendaItemReplica item, String reference) {
    }

    private DocumentReferences() {
    }

    static String referenceOf(AgendaItemReplica item) {
        return item.documentReference != null ? item.documentReference : "item " + item.number;
    }

    static Resolved resolve(String meetingId, String given, Integer itemNumber, List<AgendaItemReplica> agenda) {
        String compact = given.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        Matcher document = DOCUMENT.matcher(compact);
        Matcher item = ITEM.matcher(compact);
        List<AgendaItemReplica> candidates;
        String named;
        if (document.matches()) {
            named = "C" + document.group(1) + "/" + document.group(2);
            candidates = agenda.stream().filter(i -> named.equalsIgnoreCase(i.documentReference)).toList();
        } else if (item.matches()) {
            int number = Integer.parseInt(item.group(1));
            named = "item " + number;
            AgendaItemReplica numbered = agenda.stream().filter(i -> i.number == number).findFirst().orElse(null);
            if (numbered != null && numbered.documentReference != null) {
                throw unknown(meetingId, agenda, List.of(numbered), "Item " + number + " of " + meetingId
                        + " has a document: refer to it as " + numbered.documentReference);
            }
            candidates = numbered == null ? List.of() : List.of(numbered);
        } else {
            throw unknown(meetingId, agenda, List.of(), "'" + given + "' is neither a document reference (C20/##) "
                    + "nor the number of an item of " + meetingId + " without a document");
        }
        if (candidates.isEmpty()) {
            throw unknown(meetingId, agenda, nearby(compact, agenda), "No item of " + meetingId + "'s agenda has "
                    + named + (named.startsWith("item") ? " without a document" : ""));
        }
        if (itemNumber != null) {
            candidates = candidates.stream().filter(i -> i.number == itemNumber).toList();
            if (candidates.isEmpty()) {
                throw unknown(meetingId, agenda, nearby(compact, agenda), named + " is not the reference of item "
                        + itemNumber + " of " + meetingId);
            }
        }
        if (candidates.size() > 1) {
            throw unknown(meetingId, agenda, candidates, named + " is the document of items "
                    + candidates.stream().map(i -> String.valueOf(i.number)).toList() + ": name one in itemNumber");
        }
        return new Resolved(candidates.get(0), referenceOf(candidates.get(0)));
    }

    /** Items whose document or item number carries the same number as the reference given: the likely intent. */
    private static List<AgendaItemReplica> nearby(String compact, List<AgendaItemReplica> agenda) {
        Matcher digits = Pattern.compile("(\\d{1,3})$").matcher(compact);
        if (!digits.find()) {
            return List.of();
        }
        int number = Integer.parseInt(digits.group(1));
        return agenda.stream().filter(i -> i.number == number || (i.documentReference != null
                && Objects.equals(i.documentReference.substring(i.documentReference.indexOf('/') + 1),
                String.valueOf(number)))).toList();
    }

    private static UnknownDocumentReference unknown(String meetingId, List<AgendaItemReplica> agenda,
                                                    List<AgendaItemReplica> suggestions, String detail) {
        String hint = suggestions.isEmpty() ? "." : "; did you mean " + suggestions.stream()
                .map(i -> referenceOf(i) + " (item " + i.number + ")").reduce((a, b) -> a + " or " + b).orElseThrow()
                + "?";
        return new UnknownDocumentReference(FIELD, detail + hint + " The agenda's references are listed in references.",
                suggestions.stream().map(DocumentReferences::reference).toList(),
                agenda.stream().map(DocumentReferences::reference).toList());
    }

    private static UnknownDocumentReference.Reference reference(AgendaItemReplica item) {
        return new UnknownDocumentReference.Reference(referenceOf(item), item.number,
                Languages.text(item.title, "en"));
    }
}
