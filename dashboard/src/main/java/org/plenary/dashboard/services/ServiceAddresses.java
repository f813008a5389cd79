package org.plenary.dashboard.services;

import io.smallrye.config.ConfigMapping;

/** Where the four services answer (PLENARY_AGENDA_URL and the like; the local run's ports by default). */
@ConfigMapping(prefix = "plenary.services")
public interface ServiceAddresses {

    String agenda();

    String contribution();

    String registration();

    String notification();
}
