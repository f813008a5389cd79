package org.plenary.acceptance;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real headless Chromium, Debian's, driven by Playwright, with axe-core to check each page. What it needs beyond
 * Java is installed when missing, as the README's test command promises: the {@code chromium} and
 * {@code fonts-noto-cjk} packages (apt-get, as root or through sudo), and axe-core from the npm registry at the
 * version {@code deploy/acceptance/browser/package-lock.json} pins. Playwright never downloads a browser here.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target/screenshots").toAbsolutePath();
    private static final Path CHECKS = LocalRun.ROOT.resolve("deploy/acceptance/browser");
    private static final Path CJK_FONT = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
    /** As a probe of this machine found them: without the networking switches Chromium calls out at every start. */
    private static final List<String> SWITCHES = List.of("--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-dev-shm-usage");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final String axe;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium, String axe) {
        this.playwright = playwright;
        this.chromium = chromium;
        this.axe = axe;
    }

    /** What the browser needs, found or installed: Chromium's executable and axe-core's script. */
    private record Needs(Path chromium, String axe) {
    }

    private static CompletableFuture<Needs> needs;

    /**
     * Finds or installs what the browser needs, in the background: called as the test run opens
     * ({@link PrepareTheBrowser}), so a download overlaps the first local run's start instead of following it.
     */
    static synchronized CompletableFuture<Needs> prepare() {
        if (needs == null) {
            needs = CompletableFuture.supplyAsync(() -> {
                try {
                    return new Needs(chromium(), Files.readString(axe()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            });
        }
        return needs;
    }

    static Browser start() {
        Needs found;
        try {
            found = prepare().join();
        } catch (CompletionException e) {
            // The installation's own failure (its command and output), not the future's wrapper.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        Path executable = found.chromium();
        String axe = found.axe();
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        return new Browser(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable).setHeadless(true).setArgs(SWITCHES)), axe);
    }

    /** A new person at the browser: no cookies, English first, in New York (not the meeting's time zone). */
    Page newPage() {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("en-GB").setTimezoneId("America/New_York").setViewportSize(1366, 900));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    /** axe-core's serious and critical violations of WCAG 2.1 A and AA on the page as it stands: none expected. */
    void assertAccessible(Page page, String name) {
        // Evaluated through the browser's DevTools, not added as an inline script, which the page's
        // Content-Security-Policy rightly refuses.
        page.evaluate("() => {\n" + axe + "\n}");
        Object violations = page.evaluate("""
                async () => {
                  const result = await axe.run(document, {
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
                  return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '));
                }""");
        assertThat((List<?>) violations).as("axe-core on " + name + " (" + page.url() + ")").isEmpty();
    }

    /** The whole page as a PNG under target/screenshots. */
    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }

    /** Debian's Chromium, installed with the CJK fonts when missing (without them Chinese shows as boxes). */
    private static Path chromium() throws IOException, InterruptedException {
        Path executable = Path.of("/usr/bin/chromium");
        if (!Files.isExecutable(executable) || !Files.exists(CJK_FONT)) {
            aptInstall("chromium", "fonts-noto-cjk");
        }
        assertThat(executable).as("Debian's chromium package").isExecutable();
        return executable;
    }

    /** axe-core as package-lock.json pins it, installed with npm (and Node, from Debian, when missing). */
    private static Path axe() throws IOException, InterruptedException {
        Path script = CHECKS.resolve("node_modules/axe-core/axe.min.js");
        if (!Files.exists(script)) {
            if (!onPath("npm")) {
                aptInstall("nodejs", "npm");
            }
            run(CHECKS, List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"));
        }
        return script;
    }

    private static void aptInstall(String... packages) throws IOException, InterruptedException {
        List<String> sudo = "0".equals(new String(new ProcessBuilder("id", "-u").start().getInputStream()
                .readAllBytes()).trim()) ? List.of() : List.of("sudo", "-n");
        List<String> update = new ArrayList<>(sudo);
        update.addAll(List.of("apt-get", "update", "-q"));
        run(CHECKS, update);
        List<String> install = new ArrayList<>(sudo);
        install.addAll(List.of("env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-q",
                "--no-install-recommends"));
        install.addAll(List.of(packages));
        run(CHECKS, install);
    }

    private static boolean onPath(String command) throws IOException, InterruptedException {
        return new ProcessBuilder("sh", "-c", "command -v " + command).start().waitFor() == 0;
    }

    private static void run(Path directory, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        boolean done = process.waitFor(15, TimeUnit.MINUTES);
        assertThat(done && process.exitValue() == 0).as(String.join(" ", command) + " failed:\n" + output).isTrue();
    }
}
