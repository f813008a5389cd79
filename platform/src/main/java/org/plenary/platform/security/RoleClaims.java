package org.plenary.platform.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.plenary.platform.i18n.Iso3166;

/**
 * Fails closed on a token whose roles do not say who it acts for: a {@code member-state} token without a
 * {@code member_state} claim naming an ISO 3166-1 alpha-3 code in capitals, a token that is both secretariat and
 * member state, or a {@code member_state} claim on a token without the member-state role. Such a token is refused
 * (403) on every operation that needs a caller, before any resource or rule sees it; without this, code reading
 * "no member state" as "the secretariat" would let it act for any state.
 */
@ApplicationScoped
public class RoleClaims implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        String refusal = refusal(identity, token.getClaim(Roles.MEMBER_STATE_CLAIM));
        return refusal == null
                ? Uni.createFrom().item(identity)
                : Uni.createFrom().failure(new ForbiddenException(refusal));
    }

    /** Why the token cannot be trusted to say who it acts for; null when it can. */
    static String refusal(SecurityIdentity identity, Object memberStateClaim) {
        boolean secretariat = identity.hasRole(Roles.SECRETARIAT);
        boolean memberState = identity.hasRole(Roles.MEMBER_STATE);
        if (secretariat && memberState) {
            return "the token is both secretariat and member state; it must be one of them";
        }
        if (memberState && !(memberStateClaim instanceof String code && Iso3166.isAlpha3(code))) {
            return "a member-state token needs a member_state claim with the state's ISO 3166-1 alpha-3 code, "
                    + "in capitals";
        }
        if (!memberState && memberStateClaim != null) {
            return "a member_state claim is only valid with the member-state role";
        }
        return null;
    }
}
