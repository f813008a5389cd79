package org.plenary.dashboard.pages;

import io.quarkus.qute.TemplateExtension;

/** A value's label: {@code {msg:message(d.status.labelKey('status_'))}} looks up the message key status_DEAD. */
@TemplateExtension
public final class LabelKeys {

    private LabelKeys() {
    }

    static String labelKey(Object value, String prefix) {
        return prefix + value;
    }
}
