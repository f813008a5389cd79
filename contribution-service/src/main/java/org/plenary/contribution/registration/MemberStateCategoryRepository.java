package org.plenary.contribution.registration;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class MemberStateCategoryRepository implements PanacheRepositoryBase<MemberStateCategory, String> {

    /** The categories known of these states, by code; a state not yet announced is absent. */
    public Map<String, MemberStateCategory.Category> of(Collection<String> memberStates) {
        return list("memberState in ?1", memberStates).stream()
                .collect(Collectors.toMap(state -> state.memberState, state -> state.category));
    }
}
