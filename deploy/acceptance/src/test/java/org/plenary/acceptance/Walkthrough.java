package org.plenary.acceptance;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The README's shell tour as the test runs it. In the tour, a comment right under a command (no blank line between)
 * shows what the commands since the previous blank line print; any other comment explains. What is shown is compared
 * as fragments: whitespace and line folding do not count, {@code …} or {@code ...} stands for anything, and each
 * fragment must appear in the output in the order shown.
 */
final class Walkthrough {

    /** What one group of commands printed, and what the README says it prints. */
    record Step(String commands, String shown, String printed) {
    }

    private static final String MARK = "@@plenary-walkthrough-step@@";
    private static final Pattern ELLIPSIS = Pattern.compile("…|\\.\\.\\.");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A step that sends data, names a method, or writes a file changes something, and is typed once. */
    private static final Pattern CHANGES = Pattern.compile(" -d | -X | > |<<");
    private static final Duration LOOK_AGAIN_FOR = Duration.ofSeconds(30);

    private final List<String> commands = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();

    private Walkthrough(List<String> lines) {
        StringBuilder group = new StringBuilder();
        StringBuilder output = null;
        boolean afterCommand = false;
        for (String line : lines) {
            boolean comment = line.startsWith("#");
            if (comment && (afterCommand || output != null)) {
                output = output == null ? new StringBuilder() : output;
                output.append(line.replaceFirst("^# ?", "")).append('\n');
                continue;
            }
            if (output != null || line.isBlank()) {
                add(group, output);
                group.setLength(0);
                output = null;
            }
            afterCommand = !comment && !line.isBlank();
            if (afterCommand) {
                group.append(line).append('\n');
            }
        }
        add(group, output);
    }

    private void add(StringBuilder group, StringBuilder output) {
        if (!group.isEmpty()) {
            commands.add(group.toString());
            shown.add(output == null ? "" : output.toString());
        }
    }

    /** The first {@code bash} block under the README heading {@code heading}. */
    static Walkthrough fromReadme(Path readme, String heading) throws IOException {
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        int section = lines.indexOf(heading);
        if (section < 0) {
            throw new IllegalStateException(readme + " has no heading " + heading);
        }
        int start = lines.subList(section, lines.size()).indexOf("```bash") + section + 1;
        int end = lines.subList(start, lines.size()).indexOf("```") + start;
        return new Walkthrough(lines.subList(start, end));
    }

    /**
     * Types the steps, one after the other, into one bash session in {@code directory} (so variables carry over, as
     * in a terminal). A step that only reads is typed again, as a person would look again, until it prints what the
     * README shows (for up to {@link #LOOK_AGAIN_FOR}): what one service did reaches the others and the mailboxes a
     * moment later. A step that changes something runs once.
     */
    List<Step> run(Path directory) throws IOException, InterruptedException {
        Process bash = new ProcessBuilder("bash", "--noprofile", "--norc").directory(directory.toFile())
                .redirectErrorStream(true).start();
        try (Writer in = new OutputStreamWriter(bash.getOutputStream(), StandardCharsets.UTF_8);
             BufferedReader out = new BufferedReader(new InputStreamReader(bash.getInputStream(),
                     StandardCharsets.UTF_8))) {
            List<Step> steps = new ArrayList<>();
            for (int i = 0; i < commands.size(); i++) {
                String typed = commands.get(i);
                String expected = shown.get(i);
                AtomicReference<Typed> result = new AtomicReference<>(type(typed, in, out));
                if (!CHANGES.matcher(typed).find() && !result.get().shows(expected)) {
                    try {
                        Awaitility.await("the step to print what the README shows").atMost(LOOK_AGAIN_FOR)
                                .pollInSameThread().pollDelay(Duration.ofMillis(500))
                                .pollInterval(Duration.ofMillis(500))
                                .until(() -> {
                                    result.set(type(typed, in, out));
                                    return result.get().shows(expected);
                                });
                    } catch (ConditionTimeoutException stillNot) {
                        // reported with what it printed last
                    }
                }
                if (result.get().exit() != 0) {
                    throw new AssertionError("The tour's step\n" + typed + "ended with exit code "
                            + result.get().exit() + " after printing\n" + result.get().printed());
                }
                steps.add(new Step(typed, expected, result.get().printed()));
            }
            return steps;
        } finally {
            bash.destroy();
        }
    }

    private record Typed(String printed, int exit) {

        boolean shows(String expected) {
            return exit == 0 && missingFragment(expected, printed, false) == null;
        }
    }

    private static Typed type(String commands, Writer in, BufferedReader out) throws IOException {
        in.write(commands + "__status=$?; printf '\\n" + MARK + " %s\\n' \"$__status\"\n");
        in.flush();
        StringBuilder printed = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(MARK)) {
                return new Typed(printed.toString(), Integer.parseInt(line.substring(MARK.length()).trim()));
            }
            printed.append(line).append('\n');
        }
        throw new IllegalStateException("bash exited during\n" + commands + "after printing\n" + printed);
    }

    /** The fragment of {@code shown} not found in {@code printed} in order, or null if all are. */
    static String missingFragment(String shown, String printed, boolean anyDigits) {
        String haystack = normalise(printed, anyDigits);
        int from = 0;
        for (String fragment : ELLIPSIS.split(shown)) {
            String needle = normalise(fragment, anyDigits);
            if (needle.isEmpty()) {
                continue;
            }
            int at = haystack.indexOf(needle, from);
            if (at < 0) {
                return fragment.strip();
            }
            from = at + needle.length();
        }
        return null;
    }

    private static String normalise(String text, boolean anyDigits) {
        String compact = WHITESPACE.matcher(text).replaceAll("");
        return anyDigits ? compact.replaceAll("\\d+", "0") : compact;
    }
}
