package org.plenary.registration.directory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.plenary.platform.locking.AdvisoryLocks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fills an empty directory at first start: the ITU's 193 Member States of 2020, each with its category (the 48 of the
 * Council 2019-2022) and a contact person (the walkthrough's states with named ones), each announced like any change,
 * all in one transaction. Where the list and the categories come from: the seed's own {@code _comment}.
 */
@ApplicationScoped
public class DirectorySeed {

    private static final Logger LOG = Logger.getLogger(DirectorySeed.class);

    @ConfigMapping(prefix = "plenary.seed")
    public interface Config {

        /** Load the default dataset at first start (a directory that has any state is left alone). */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("seed/member-states.json")
        String directory();
    }

    record Dataset(List<SeedState> states) {
    }

    record SeedState(String code, MemberState.Category category, List<ContactDetails> contactPersons) {
    }

    private final Config config;
    private final ObjectMapper mapper;
    private final MemberStateRepository states;
    private final DirectoryService directory;
    private final AdvisoryLocks locks;

    public DirectorySeed(Config config, ObjectMapper mapper, MemberStateRepository states, DirectoryService directory,
                         AdvisoryLocks locks) {
        this.config = config;
        this.mapper = mapper;
        this.states = states;
        this.directory = directory;
        this.locks = locks;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        // Replicas starting together on an empty database: one loads, the others wait here and then find it loaded.
        locks.holdUntilCommit("plenary.registration.seed");
        if (states.count() > 0) {
            return;
        }
        Map<String, String> names = Arrays.stream(Locale.getISOCountries())
                .map(alpha2 -> new Locale("", alpha2))
                .collect(Collectors.toMap(Locale::getISO3Country, l -> l.getDisplayCountry(Locale.ENGLISH),
                        (a, b) -> a));
        Dataset dataset = read();
        for (SeedState state : dataset.states()) {
            directory.load(state.code(), names.getOrDefault(state.code(), state.code()), state.category(),
                    state.contactPersons());
        }
        LOG.infof("Directory seeded: %d member states with their contact persons", dataset.states().size());
    }

    private Dataset read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(config.directory())) {
            if (in == null) {
                throw new IllegalStateException("seed resource not found: " + config.directory());
            }
            return mapper.readerFor(Dataset.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
