package org.plenary.notification.emails;

import java.util.Arrays;

/**
 * A file sent with an email, kept in the ledger with it (so a resend carries it too).
 *
 * @param fileName  e.g. {@code C20-55_KEN-BRA_contribution.docx}
 * @param mediaType e.g. {@code text/calendar}
 * @param content   the file's bytes (base64 in the ledger's JSON)
 */
public record Attachment(String fileName, String mediaType, byte[] content) {

    public static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static final String CALENDAR = "text/calendar";

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment that && fileName.equals(that.fileName)
                && mediaType.equals(that.mediaType) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return fileName.hashCode() * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return fileName + " (" + mediaType + ", " + content.length + " bytes)";
    }
}
