package org.plenary.platform.caching;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * From which size a body is gzipped for a client that accepts it ({@link RepresentationFilter}); below it the bytes
 * saved do not pay for the work. The HTTP layer of this Quarkus version has no such threshold of its own.
 */
@ConfigMapping(prefix = "plenary.compression")
public interface CompressionThreshold {

    @WithDefault("1K")
    MemorySize threshold();
}
