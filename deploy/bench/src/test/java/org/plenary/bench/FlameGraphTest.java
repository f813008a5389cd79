package org.plenary.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FlameGraphTest {

    private static final String STACKS = """
            java/lang/Thread.run;Worker.loop;Registration.register;Outbox.append 30
            java/lang/Thread.run;Worker.loop;Registration.register;Jwt.verify 10
            java/lang/Thread.run;Worker.loop;Json.write 40
            CompilerThread;C2Compiler::compile 20
            """;

    @Test
    void eachFrameIsABoxAsWideAsItsShareWithItsCalleesAboveIt() {
        String svg = FlameGraph.svg("registration-service", STACKS);

        assertThat(svg).startsWith("<?xml").contains("<svg", "</svg>", "100 samples");
        // 1,200 pixels for 100 samples: Thread.run has 80, Outbox.append 30.
        assertThat(svg).contains("<title>java/lang/Thread.run (80 samples, 80.00%)</title><rect x='0.0'")
                .contains("width='959.5'")
                .contains("<title>Outbox.append (30 samples, 30.00%)</title>")
                .contains("<title>C2Compiler::compile (20 samples, 20.00%)</title><rect x='960.0'");
        assertThat(rowOf(svg, "Outbox.append")).isLessThan(rowOf(svg, "Registration.register"));
        assertThat(rowOf(svg, "Registration.register")).isLessThan(rowOf(svg, "Worker.loop"));
    }

    @Test
    void specialCharactersOfJavaAndNativeNamesAreEscaped() {
        String svg = FlameGraph.svg("a <title> & more", "Map<K,V>::get&put 5\n");
        assertThat(svg).contains("a &lt;title&gt; &amp; more", "Map&lt;K,V&gt;::get&amp;put").doesNotContain("<K,V>");
    }

    /** The y of the frame's box: lower on the page means nearer the root. */
    private static int rowOf(String svg, String frame) {
        int title = svg.indexOf("<title>" + frame + " (");
        int y = svg.indexOf("y='", title) + 3;
        return Integer.parseInt(svg.substring(y, svg.indexOf('\'', y)));
    }
}
