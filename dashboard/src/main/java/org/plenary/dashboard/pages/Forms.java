package org.plenary.dashboard.pages;

/** What the pages' forms send, read the one way: a field left empty (or only spaces) is a field not given. */
final class Forms {

    private Forms() {
    }

    /** The field's value without surrounding spaces, or null when it was left empty. */
    static String given(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
