package org.plenary.registration.directory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MemberStateRepository implements PanacheRepositoryBase<MemberState, String> {

    /** Every code in order, without loading the states and their contact persons. */
    public List<String> codes() {
        return find("select code from MemberState order by code").project(String.class).list();
    }

    /** The codes of the states of this category, in order, without loading them. */
    public List<String> codes(MemberState.Category category) {
        return find("select code from MemberState where category = ?1 order by code", category).project(String.class)
                .list();
    }

    /** The state's category, without loading its contact persons; empty for a state not in the directory. */
    public Optional<MemberState.Category> category(String code) {
        return find("select category from MemberState where code = ?1", code).project(MemberState.Category.class)
                .firstResultOptional();
    }
}
