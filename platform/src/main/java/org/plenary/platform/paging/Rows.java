package org.plenary.platform.paging;

import java.util.List;
import java.util.Optional;

/**
 * The rows a page of a listing holds, as the row indexes a query's range takes ({@code first} to {@code last},
 * inclusive). A listing's {@code page} and {@code size} are any int the API allows, so the index of a page's last
 * row may not fit an int: such a page lies past the end of any table there is, so it holds no row here instead of
 * a negative index.
 */
public record Rows(int first, int last) {

    /** A query read over a range of row indexes, inclusive (Panache's {@code range(first, last).list()}). */
    @FunctionalInterface
    public interface RangeQuery<T> {
        List<T> read(int first, int last);
    }

    /** Page {@code page} (from 0) of {@code size} rows; empty when the index of its last row would not fit an int. */
    public static Optional<Rows> ofPage(int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page " + page + " of size " + size);
        }
        long first = (long) page * size;
        long last = first + size - 1;
        return last > Integer.MAX_VALUE ? Optional.empty() : Optional.of(new Rows((int) first, (int) last));
    }

    /** The rows of page {@code page} of {@code size} that {@code query} reads; none for a page past any end. */
    public static <T> List<T> onPage(int page, int size, RangeQuery<T> query) {
        return ofPage(page, size).map(rows -> query.read(rows.first(), rows.last())).orElse(List.of());
    }
}
