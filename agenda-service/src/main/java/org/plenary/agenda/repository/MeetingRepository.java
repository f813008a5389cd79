package org.plenary.agenda.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.plenary.agenda.Meeting;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, String> {
}
