package org.plenary.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A flame graph as a standalone SVG, from collapsed stacks ({@code frame;frame;frame count} per line, as
 * async-profiler writes them): each frame a box as wide as its share of the samples, its callees stacked above it,
 * its full name and share in a tooltip. Boxes narrower than a pixel are left out.
 */
final class FlameGraph {

    private static final int WIDTH = 1200;
    private static final int ROW = 16;
    private static final int TOP = 40;

    /** A frame and its callees, with the samples of the stacks through it. */
    private static final class Frame {
        final String name;
        final Map<String, Frame> callees = new LinkedHashMap<>();
        long samples;

        Frame(String name) {
            this.name = name;
        }
    }

    private FlameGraph() {
    }

    /** One frame's box: its row from the bottom, where it starts and how wide it is. */
    private record Box(String name, long samples, double share, int depth, double x, double width) {
    }

    static String svg(String title, String collapsed) {
        Frame root = new Frame("all");
        for (String line : collapsed.split("\n")) {
            int space = line.lastIndexOf(' ');
            if (space <= 0) {
                continue;
            }
            long count = Long.parseLong(line.substring(space + 1).trim());
            root.samples += count;
            Frame frame = root;
            for (String name : line.substring(0, space).split(";")) {
                frame = frame.callees.computeIfAbsent(name, Frame::new);
                frame.samples += count;
            }
        }
        List<Box> boxes = new ArrayList<>();
        if (root.samples > 0) {
            layout(root, 0, 0, root.samples, boxes);
        }
        int rows = boxes.stream().mapToInt(Box::depth).max().orElse(0) + 1;
        int height = TOP + rows * ROW + 10;
        StringBuilder svg = new StringBuilder("<?xml version='1.0' encoding='UTF-8'?>\n")
                .append("<svg xmlns='http://www.w3.org/2000/svg' width='").append(WIDTH).append("' height='")
                .append(height).append("' font-family='monospace' font-size='11'>\n")
                .append("<rect width='100%' height='100%' fill='#fffdf5'/>\n")
                .append("<text x='10' y='20' font-size='15' font-family='sans-serif'>").append(escape(title))
                .append(" (").append(root.samples).append(" samples; hover a box for its name and share)</text>\n");
        for (Box box : boxes) {
            // The root at the bottom, callees above it.
            int y = height - 10 - (box.depth() + 1) * ROW;
            svg.append(String.format("<g><title>%s (%d samples, %.2f%%)</title><rect x='%.1f' y='%d' width='%.1f' "
                            + "height='%d' fill='%s' rx='2'/>%s</g>%n", escape(box.name()), box.samples(),
                    box.share(), box.x(), y, box.width() - 0.5, ROW - 1, colour(box.name()),
                    label(box.name(), box.x(), y, box.width())));
        }
        return svg.append("</svg>\n").toString();
    }

    /** Lays {@code frame} out at {@code depth} from {@code x}, and its callees above it, left to right. */
    private static void layout(Frame frame, int depth, double x, long total, List<Box> boxes) {
        double width = (double) frame.samples / total * WIDTH;
        if (width < 1) {
            return;
        }
        boxes.add(new Box(frame.name, frame.samples, 100.0 * frame.samples / total, depth, x, width));
        double callee = x;
        for (Frame child : frame.callees.values()) {
            layout(child, depth + 1, callee, total, boxes);
            callee += (double) child.samples / total * WIDTH;
        }
    }

    /** The name, cut to the box (about 7 pixels a character), or nothing in a box too narrow for three. */
    private static String label(String name, double x, int y, double width) {
        int fits = (int) ((width - 6) / 7);
        if (fits < 3) {
            return "";
        }
        String shown = name.length() <= fits ? name : name.substring(0, fits - 2) + "..";
        return String.format("<text x='%.1f' y='%d'>%s</text>", x + 3, y + 12, escape(shown));
    }

    /** Java frames green, the JVM's and native frames red, kernel frames orange; shades vary by name. */
    private static String colour(String name) {
        int shade = Math.floorMod(name.hashCode(), 60);
        if (name.endsWith("_[k]")) {
            return "rgb(230," + (140 + shade) + ",60)";
        }
        if (name.contains("/") || name.contains(".") && !name.contains("::")) {
            return "rgb(" + (80 + shade) + ",190," + (80 + shade / 2) + ")";
        }
        return "rgb(220," + (80 + shade) + "," + (70 + shade / 2) + ")";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;");
    }
}
