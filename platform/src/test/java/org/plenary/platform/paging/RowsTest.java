package org.plenary.platform.paging;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowsTest {

    @Test
    void aPageHoldsItsSizeOfRowsFromPageTimesSize() {
        assertThat(Rows.ofPage(0, 50)).contains(new Rows(0, 49));
        assertThat(Rows.ofPage(3, 100)).contains(new Rows(300, 399));
    }

    @Test
    void aPageWhoseRowsAnIntCannotIndexHoldsNone() {
        assertThat(Rows.ofPage(21_474_835, 100)).contains(new Rows(2_147_483_500, 2_147_483_599));
        assertThat(Rows.ofPage(21_474_836, 100)).isEmpty();
        assertThat(Rows.ofPage(21_474_837, 100)).isEmpty();
        assertThat(Rows.ofPage(Integer.MAX_VALUE, 200)).isEmpty();
        assertThat(Rows.ofPage(Integer.MAX_VALUE, 1)).contains(new Rows(Integer.MAX_VALUE, Integer.MAX_VALUE));
    }

    @Test
    void aPageIsReadOverItsRowsOrNotAtAll() {
        assertThat(Rows.onPage(2, 10, (first, last) -> List.of(first, last))).containsExactly(20, 29);
        assertThat(Rows.onPage(Integer.MAX_VALUE, 200, (first, last) -> {
            throw new AssertionError("read rows " + first + " to " + last);
        })).isEmpty();
    }

    @Test
    void aNegativePageOrAnEmptySizeIsTheCallersMistake() {
        assertThatThrownBy(() -> Rows.ofPage(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rows.ofPage(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
