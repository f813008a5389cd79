package org.plenary.notification.ledger;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpTransactionsTest {

    @Test
    void aLongAddressListIsFoldedBeforeSeventySixCharactersAndKeepsEveryAddress() {
        List<String> addresses = IntStream.range(0, 12)
                .mapToObj(i -> "focal.point" + i + "@ministry.state" + i + ".example.org").toList();

        String header = "Cc: " + SmtpTransactions.addressList("Cc", addresses);

        assertThat(header.split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(76))
                .hasSizeGreaterThan(1);
        assertThat(Arrays.copyOfRange(header.split("\r\n"), 1, header.split("\r\n").length))
                .allSatisfy(line -> assertThat(line).startsWith(" "));
        assertThat(header.substring(4).replace("\r\n", "").split(", ")).containsExactlyElementsOf(addresses);
    }

    @Test
    void aShortListStaysOnOneLine() {
        assertThat(SmtpTransactions.addressList("To", List.of("contributions@itu.int")))
                .isEqualTo("contributions@itu.int");
        assertThat(SmtpTransactions.addressList("Cc", List.of("a@example.org", "b@example.org")))
                .isEqualTo("a@example.org, b@example.org");
    }
}
