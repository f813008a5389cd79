package org.plenary.bench;

import com.sun.tools.attach.VirtualMachine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * async-profiler (tools.profiler:async-profiler, from Maven Central) attached to a running service through the JDK's
 * Attach API: CPU samples by interval timer ({@code itimer}, which needs no perf_events permission) every 10 ms,
 * then its stacks written collapsed, one line per distinct stack with its count, for {@link FlameGraph}.
 */
final class Profiler {

    private static final String LIBRARY = "linux-x64/libasyncProfiler.so";

    private final Path library;

    private Profiler(Path library) {
        this.library = library;
    }

    /** The agent's library, taken out of its jar on the classpath into {@code work}. */
    static Profiler in(Path work) throws IOException {
        Path library = work.resolve("libasyncProfiler.so");
        try (InputStream packaged = Profiler.class.getClassLoader().getResourceAsStream(LIBRARY)) {
            if (packaged == null) {
                throw new IllegalStateException(LIBRARY + " is not on the classpath (tools.profiler:async-profiler)");
            }
            Files.copy(packaged, library, StandardCopyOption.REPLACE_EXISTING);
        }
        return new Profiler(library);
    }

    void start(long pid) throws Exception {
        command(pid, "start,event=itimer,interval=10ms");
    }

    /** Stops sampling and returns the stacks, collapsed. */
    String stop(long pid, Path collapsed) throws Exception {
        command(pid, "stop,file=" + collapsed + ",collapsed");
        return Files.readString(collapsed);
    }

    private void command(long pid, String arguments) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
        try {
            vm.loadAgentPath(library.toString(), arguments);
        } finally {
            vm.detach();
        }
    }
}
