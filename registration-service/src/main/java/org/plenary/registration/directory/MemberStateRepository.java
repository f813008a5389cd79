package org.plenary.registration.directory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class MemberStateRepository implements PanacheRepositoryBase<MemberState, String> {

    /** Every code in order, without loading the states and their contact persons. */
    public List<String> codes() {
        return find("select code from MemberState order by code").project(String.class).list();
    }
}
