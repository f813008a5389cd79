package org.plenary.platform.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.plenary.platform.problem.InvalidField;

import java.util.Locale;
import java.util.Optional;

/** Who is calling: the secretariat, or one member state acting for itself only. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public boolean isSecretariat() {
        return identity.hasRole(Roles.SECRETARIAT);
    }

    /** The member state this token acts for; empty for the secretariat ({@link RoleClaims} refused any other). */
    public Optional<String> memberState() {
        if (!identity.hasRole(Roles.MEMBER_STATE)) {
            return Optional.empty();
        }
        return Optional.ofNullable(token.<String>getClaim(Roles.MEMBER_STATE_CLAIM));
    }

    /** Whether this caller may act for (or see the private objects of) the given member state. */
    public boolean actsFor(String memberStateCode) {
        return isSecretariat() || memberState().filter(own -> own.equalsIgnoreCase(memberStateCode)).isPresent();
    }

    /**
     * The member state this request acts for: a member state always for itself (naming another is forbidden), the
     * secretariat for the state it names in {@code field}.
     *
     * @param requested the state named in the request, or null
     */
    public String actingFor(String requested, String field) {
        Optional<String> own = memberState();
        if (own.isPresent()) {
            if (requested != null && !requested.equalsIgnoreCase(own.get())) {
                throw new ForbiddenException("a member state acts only for itself");
            }
            return own.get();
        }
        requireSecretariat();
        if (requested == null) {
            throw new InvalidField(field, "NotNull", "the secretariat names the member state it acts for");
        }
        return requested.toUpperCase(Locale.ROOT);
    }

    /** For audit trails: the token's subject or name. */
    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public void requireSecretariat() {
        if (!isSecretariat()) {
            throw new ForbiddenException("secretariat only");
        }
    }
}
