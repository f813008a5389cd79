package org.plenary.acceptance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README never lies: its Run command is started as written (on a fresh data folder, the build already done by
 * this Maven run), what it prints is what the README shows, and the tour's commands, run exactly as written from a
 * terminal in the folder that holds {@code .plenary/}, print what the README shows under each.
 */
@ResourceLock(LocalRun.ON_ITS_PORTS)
class ReadmeWalkthroughTest {

    private static final Path README = LocalRun.ROOT.resolve("README.md");

    @Test
    void theRunCommandAndTheTourPrintWhatTheReadmeShows() throws Exception {
        Path terminal = Path.of("target/walkthrough").toAbsolutePath();
        try (LocalRun run = LocalRun.start(terminal.resolve(".plenary"))) {
            String started = String.join("\n", run.output());
            String shownAtStart = readmeBlockAfter("It builds what is needed");
            assertThat(Walkthrough.missingFragment(shownAtStart, started, true))
                    .as("the README's Run output against what ./plenary-local printed:\n" + started).isNull();

            List<String> lies = new ArrayList<>();
            for (Walkthrough.Step step : Walkthrough.fromReadme(README, "## A first tour").run(terminal)) {
                String missing = Walkthrough.missingFragment(step.shown(), step.printed(), false);
                if (missing != null) {
                    lies.add("The README shows\n  " + missing + "\nbut\n" + step.commands() + "printed\n"
                            + step.printed());
                }
            }
            assertThat(lies).as("the tour's shown outputs against what its commands printed").isEmpty();
        }
    }

    /** The first fenced block after the paragraph that starts with {@code paragraph}. */
    private static String readmeBlockAfter(String paragraph) throws Exception {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int at = 0;
        while (!lines.get(at).startsWith(paragraph)) {
            at++;
        }
        while (!lines.get(at).startsWith("```")) {
            at++;
        }
        int end = at + 1;
        while (!lines.get(end).startsWith("```")) {
            end++;
        }
        return String.join("\n", lines.subList(at + 1, end));
    }
}
