package org.plenary.platform.paging;

import java.util.Optional;

/**
 * The rows a page of a listing holds, as the row indexes a query's range takes ({@code first} to {@code last},
 * inclusive). A listing's {@code page} and {@code size} are any int the API allows, so their product may not fit an
 * int: such a page starts past any table's end and holds no row, so it is empty here instead of a negative index.
 */
public record Rows(int first, int last) {

    /** Page {@code page} (from 0) of {@code size} rows; empty when the index of its last row would not fit an int. */
    public static Optional<Rows> ofPage(int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page " + page + " of size " + size);
        }
        long first = (long) page * size;
        long last = first + size - 1;
        return last > Integer.MAX_VALUE ? Optional.empty() : Optional.of(new Rows((int) first, (int) last));
    }
}
