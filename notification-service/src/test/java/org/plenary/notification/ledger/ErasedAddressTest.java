package org.plenary.notification.ledger;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Which text names an erased address: the address whole, never part of someone else's. */
class ErasedAddressTest {

    @Test
    void theAddressWholeInAnyCaseAsTextOrHtmlAndNeverPartOfAnother() {
        Pattern ann = LedgerErasure.named("ann@x.org");
        assertThat(ann.matcher("Ann Lee: Councillor, ANN@x.org").find()).isTrue();
        assertThat(ann.matcher("<td>ann@x.org</td>").find()).isTrue();
        assertThat(ann.matcher("Write to ann@x.org.").find()).as("a full stop after it").isTrue();
        assertThat(ann.matcher("joann@x.org").find()).isFalse();
        assertThat(ann.matcher("ann@x.org.uk").find()).isFalse();
        assertThat(ann.matcher("ann@x.organisation").find()).isFalse();

        Pattern obrien = LedgerErasure.named("o'brien@x.org");
        assertThat(obrien.matcher("<td>o&#39;brien@x.org</td>").find()).as("as Qute escapes it").isTrue();
        assertThat(obrien.matcher("o'brien@x.org").find()).isTrue();
    }
}
