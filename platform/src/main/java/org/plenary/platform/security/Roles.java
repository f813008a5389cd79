package org.plenary.platform.security;

/** The roles a token carries in its {@code groups} claim. */
public final class Roles {
    public static final String SECRETARIAT = "secretariat";
    public static final String MEMBER_STATE = "member-state";

    /** The claim naming the member state (ISO 3166-1 alpha-3) a member-state token acts for. */
    public static final String MEMBER_STATE_CLAIM = "member_state";

    private Roles() {
    }
}
