package org.plenary.agenda.seed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "plenary.seed")
public interface SeedConfig {

    /** Load the default dataset at first start (a database that already has the meeting is left alone). */
    @WithDefault("true")
    boolean enabled();

    /** Classpath resource of the dataset: the 2020 consultation of letter DM-20/1008. */
    @WithDefault("seed/council-2020-virtual-consultation.json")
    String resource();
}
