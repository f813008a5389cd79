package org.plenary.notification.emails;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The two parts of every email, type-checked at build time against {@link EmailContent}. */
@CheckedTemplate(basePath = "Email")
public class EmailTemplates {

    public static native TemplateInstance text(EmailContent content);

    public static native TemplateInstance html(EmailContent content);
}
