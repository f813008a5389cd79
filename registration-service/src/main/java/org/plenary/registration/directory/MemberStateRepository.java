package org.plenary.registration.directory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class MemberStateRepository implements PanacheRepositoryBase<MemberState, String> {
}
