package org.plenary.notification.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Erases one person from the ledger on request, keeping its history (which emails, of which kind, when, to how many,
 * with what outcome): their address becomes {@link #ERASED} in every list; a line or table row of an email that named
 * them becomes "(erased)"; an email about them alone (a participant's link) keeps only a notice; one not yet sent to
 * them is not sent to them.
 */
@ApplicationScoped
public class LedgerErasure {

    public static final String ERASED = "erased@erased.invalid";
    private static final String NOTICE = "(The content of this email was erased at the request of the person it was "
            + "addressed to.)";

    private final DeliveryRepository deliveries;

    public LedgerErasure(DeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    /** @param address lower case @return how many deliveries named the person */
    @Transactional(Transactional.TxType.MANDATORY)
    public int erase(String address) {
        Pattern named = named(address);
        // The substring search only narrows the rows down; the pattern decides (joann@… is not ann@…). The rows are
        // locked: a sender holding one finishes first, and its outcome is kept.
        @SuppressWarnings("unchecked")
        List<Delivery> candidates = deliveries.getEntityManager().createNativeQuery("select * from delivery where "
                        + "strpos(lower(to_addresses::text || cc_addresses::text || delivered_to::text || "
                        + "refused_recipients::text || text_body || html_body || coalesce(last_error, '')), ?1) > 0 "
                        + "for update", Delivery.class)
                .setParameter(1, address).getResultList();
        int erased = 0;
        for (Delivery delivery : candidates) {
            boolean recipient = delivery.recipients().stream().anyMatch(a -> a.equalsIgnoreCase(address));
            if (!recipient && !named.matcher(delivery.textBody + delivery.htmlBody
                    + (delivery.lastError == null ? "" : delivery.lastError)).find()) {
                continue;
            }
            erased++;
            erase(delivery, address, named, recipient);
        }
        return erased;
    }

    private static void erase(Delivery delivery, String address, Pattern named, boolean recipient) {
        boolean aboutThemAlone = recipient && delivery.recipients().size() == 1;
        delivery.to = replaced(delivery.to, address);
        delivery.cc = replaced(delivery.cc, address);
        delivery.deliveredTo = new ArrayList<>(replaced(delivery.deliveredTo, address));
        delivery.refused = new ArrayList<>(delivery.refused.stream().map(r -> r.address().equalsIgnoreCase(address)
                ? new Delivery.Refusal(ERASED, r.reply()) : r).toList());
        if (delivery.lastError != null) {
            delivery.lastError = named.matcher(delivery.lastError).replaceAll(ERASED);
        }
        if (aboutThemAlone) {
            delivery.textBody = NOTICE;
            delivery.htmlBody = "<p>" + NOTICE + "</p>";
            delivery.sealedLink = null;
            delivery.sealedFor = null;
            if (delivery.status != Delivery.Status.SENT && delivery.status != Delivery.Status.DEAD) {
                delivery.status = Delivery.Status.DEAD;
                delivery.lastError = "erased on request before it was sent";
            }
            return;
        }
        delivery.textBody = erasedLines(delivery.textBody, named);
        delivery.htmlBody = erasedRows(delivery.htmlBody, named);
        if (recipient && !delivery.deliveredTo.contains(ERASED)) {
            // Not yet sent to them: the others still get it, they do not.
            delivery.refused.add(new Delivery.Refusal(ERASED, "erased on request"));
        }
    }

    /**
     * The address as a whole (not inside a longer one), in any case, as text or as HTML escapes it; a sentence's full
     * stop may follow it.
     */
    static Pattern named(String address) {
        String escaped = address.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;");
        return Pattern.compile("(?<![A-Za-z0-9._%+'&;-])(?:" + Pattern.quote(address) + "|" + Pattern.quote(escaped)
                + ")(?![A-Za-z0-9_%+-]|\\.[A-Za-z0-9])", Pattern.CASE_INSENSITIVE);
    }

    private static List<String> replaced(List<String> addresses, String address) {
        return addresses.stream().map(a -> a.equalsIgnoreCase(address) ? ERASED : a).toList();
    }

    private static String erasedLines(String text, Pattern named) {
        return text.lines().map(line -> named.matcher(line).find() ? "(erased)" : line)
                .collect(Collectors.joining("\n", "", text.endsWith("\n") ? "\n" : ""));
    }

    private static String erasedRows(String html, Pattern named) {
        Matcher element = Pattern.compile("<(tr|p|li)\\b[^>]*>.*?</\\1>", Pattern.DOTALL).matcher(html);
        StringBuilder out = new StringBuilder();
        while (element.find()) {
            String replacement = named.matcher(element.group()).find()
                    ? "<" + element.group(1) + (element.group(1).equals("tr") ? "><td>(erased)</td></tr>"
                    : ">(erased)</" + element.group(1) + ">") : element.group();
            element.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        element.appendTail(out);
        return named.matcher(out).replaceAll(ERASED);
    }
}
