package org.plenary.platform.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The request sizes every service accepts; larger ones get a problem ({@link HttpRefusalsFilter}). */
@ConfigMapping(prefix = "plenary.http")
public interface RequestLimits {

    /** Method, path with query, and HTTP version, in characters. */
    @WithDefault("4096")
    int maxRequestLine();

    /** All request headers together, as sent. */
    @WithDefault("20K")
    MemorySize maxHeaderSize();
}
