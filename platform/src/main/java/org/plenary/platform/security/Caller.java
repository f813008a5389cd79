package org.plenary.platform.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

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

    /** The member state this token acts for; empty for the secretariat. */
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
