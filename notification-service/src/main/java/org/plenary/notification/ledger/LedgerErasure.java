package org.plenary.notification.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        @SuppressWarnings("unchecked")
        List<Delivery> naming = deliveries.getEntityManager().createNativeQuery("select * from delivery where strpos("
                        + "lower(to_addresses::text || cc_addresses::text || delivered_to::text || "
                        + "refused_recipients::text || text_body || html_body), ?1) > 0", Delivery.class)
                .setParameter(1, address).getResultList();
        for (Delivery delivery : naming) {
            boolean recipient = delivery.recipients().stream().anyMatch(a -> a.equalsIgnoreCase(address));
            boolean aboutThemAlone = recipient && delivery.recipients().size() == 1;
            delivery.to = replaced(delivery.to, address);
            delivery.cc = replaced(delivery.cc, address);
            delivery.deliveredTo = new ArrayList<>(replaced(delivery.deliveredTo, address));
            delivery.refused = new ArrayList<>(delivery.refused.stream().map(r -> r.address().equalsIgnoreCase(address)
                    ? new Delivery.Refusal(ERASED, r.reply()) : r).toList());
            if (aboutThemAlone) {
                delivery.textBody = NOTICE;
                delivery.htmlBody = "<p>" + NOTICE + "</p>";
                delivery.sealedLink = null;
                delivery.sealedFor = null;
                if (delivery.status != Delivery.Status.SENT && delivery.status != Delivery.Status.DEAD) {
                    delivery.status = Delivery.Status.DEAD;
                    delivery.lastError = "erased on request before it was sent";
                }
            } else {
                delivery.textBody = erasedLines(delivery.textBody, address);
                delivery.htmlBody = erasedRows(delivery.htmlBody, address);
                if (recipient && !delivery.deliveredTo.contains(ERASED)) {
                    // Not yet sent to them: the others still get it, they do not.
                    delivery.refused.add(new Delivery.Refusal(ERASED, "erased on request"));
                }
            }
        }
        return naming.size();
    }

    private static List<String> replaced(List<String> addresses, String address) {
        return addresses.stream().map(a -> a.equalsIgnoreCase(address) ? ERASED : a).toList();
    }

    private static String erasedLines(String text, String address) {
        return text.lines().map(line -> line.toLowerCase(Locale.ROOT).contains(address) ? "(erased)" : line)
                .collect(Collectors.joining("\n", "", text.endsWith("\n") ? "\n" : ""));
    }

    private static String erasedRows(String html, String address) {
        Matcher element = Pattern.compile("<(tr|p|li)\\b[^>]*>.*?</\\1>", Pattern.DOTALL).matcher(html);
        StringBuilder out = new StringBuilder();
        while (element.find()) {
            String replacement = element.group().toLowerCase(Locale.ROOT).contains(address)
                    ? "<" + element.group(1) + (element.group(1).equals("tr") ? "><td>(erased)</td></tr>"
                    : ">(erased)</" + element.group(1) + ">") : element.group();
            element.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        element.appendTail(out);
        String result = out.toString();
        return result.toLowerCase(Locale.ROOT).contains(address)
                ? Pattern.compile(Pattern.quote(address), Pattern.CASE_INSENSITIVE).matcher(result).replaceAll(ERASED)
                : result;
    }
}
