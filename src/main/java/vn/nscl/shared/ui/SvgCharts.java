package vn.nscl.shared.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small charts drawn on the server as SVG markup, so the same picture appears on screen (Vaadin's {@code Svg}) and in
 * the PDF reports, with no chart library in the browser. Values are on a 0–100 scale. Colours are hex with
 * {@code fill-opacity} (the PDF renderer paints {@code rgba()} black).
 */
public final class SvgCharts {

    /** One line of data: its name in the legend, its colour, its values (null where there is none), dashed or not. */
    public record Series(String name, String colour, List<Double> values, boolean dashed) {
    }

    private static final int LABEL_LINE_LENGTH = 20;

    private SvgCharts() {
    }

    public static String radar(List<String> axes, List<Series> series, String ariaLabel) {
        int width = 560;
        double cx = width / 2.0;
        double cy = 200;
        double radius = 125;
        StringBuilder svg = open(width, 410, ariaLabel);
        int n = axes.size();
        for (int ring = 25; ring <= 100; ring += 25) {
            int level = ring;
            svg.append("<polygon points=\"").append(points(n, cx, cy, radius, i -> level))
                    .append("\" fill=\"none\" stroke=\"#d0d5dd\" stroke-width=\"1\"/>");
            svg.append(text(cx + 3, cy - radius * ring / 100.0 - 2, String.valueOf(ring), "start", 9, "#98a2b3"));
        }
        for (int i = 0; i < n; i++) {
            double[] end = point(i, n, cx, cy, radius);
            svg.append(line(cx, cy, end[0], end[1], "#d0d5dd"));
            double[] label = point(i, n, cx, cy, radius + 22);
            String anchor = Math.abs(label[0] - cx) < 10 ? "middle" : label[0] > cx ? "start" : "end";
            svg.append(multiline(label[0], label[1], axes.get(i), anchor));
        }
        for (Series s : series) {
            svg.append("<polygon points=\"").append(points(n, cx, cy, radius, i -> orZero(s.values().get(i))))
                    .append("\" fill=\"").append(s.colour()).append("\" fill-opacity=\"0.18\" stroke=\"")
                    .append(s.colour()).append("\" stroke-width=\"2\"")
                    .append(s.dashed() ? " stroke-dasharray=\"5,4\"" : "").append("/>");
            for (int i = 0; i < n; i++) {
                if (s.values().get(i) != null) {
                    double[] p = point(i, n, cx, cy, radius * s.values().get(i) / 100.0);
                    svg.append(circle(p[0], p[1], 3, s.colour()));
                }
            }
        }
        legend(svg, series, 20, 400);
        return svg.append("</svg>").toString();
    }

    /** A line of values over labelled points (e.g. the overall index per year). */
    public static String line(List<String> labels, Series series, String ariaLabel) {
        int width = 520;
        int height = 240;
        double left = 40;
        double right = width - 20;
        double top = 20;
        double bottom = height - 40;
        StringBuilder svg = open(width, height, ariaLabel);
        for (int value = 0; value <= 100; value += 25) {
            double y = bottom - (bottom - top) * value / 100.0;
            svg.append(line(left, y, right, y, "#e4e7ec"));
            svg.append(text(left - 6, y + 3, String.valueOf(value), "end", 10, "#98a2b3"));
        }
        int n = labels.size();
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x = n == 1 ? (left + right) / 2 : left + (right - left) * i / (n - 1);
            svg.append(text(x, bottom + 18, labels.get(i), "middle", 11, "#475467"));
            Double value = series.values().get(i);
            if (value != null) {
                points.add(new double[] {x, bottom - (bottom - top) * value / 100.0, value});
            }
        }
        StringBuilder path = new StringBuilder();
        for (double[] p : points) {
            path.append(fmt(p[0])).append(',').append(fmt(p[1])).append(' ');
        }
        svg.append("<polyline points=\"").append(path.toString().trim()).append("\" fill=\"none\" stroke=\"")
                .append(series.colour()).append("\" stroke-width=\"2.5\"/>");
        for (double[] p : points) {
            svg.append(circle(p[0], p[1], 4, series.colour()));
            svg.append(text(p[0], p[1] - 9, fmt(p[2]), "middle", 11, "#101828"));
        }
        return svg.append("</svg>").toString();
    }

    /** One horizontal bar: its label, its value against the longest bar's scale, and the value as read. */
    public record Bar(String label, double value, String colour, String valueText) {
    }

    /**
     * Horizontal bars on one scale ({@code max}, or the largest value), labels on the left and values at each bar's
     * end: the funnel, the maturity levels, communes and sectors, targets reached.
     */
    public static String bars(List<Bar> bars, double max, String ariaLabel) {
        int width = 600;
        int rowHeight = 26;
        double labelWidth = 230;
        double barSpace = width - labelWidth - 130;
        double scale = max > 0 ? max : bars.stream().mapToDouble(Bar::value).max().orElse(1);
        StringBuilder svg = open(width, Math.max(rowHeight, bars.size() * rowHeight + 6), ariaLabel);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = 4 + i * rowHeight;
            double length = scale <= 0 ? 0 : Math.max(0, Math.min(1, bar.value() / scale)) * barSpace;
            String label = bar.label().length() > 32 ? bar.label().substring(0, 31) + "…" : bar.label();
            svg.append(text(labelWidth - 8, y + 15, label, "end", 11, "#344054"));
            svg.append("<rect x=\"").append(fmt(labelWidth)).append("\" y=\"").append(fmt(y + 3))
                    .append("\" width=\"").append(fmt(barSpace)).append("\" height=\"16\" fill=\"#f2f4f7\"/>");
            svg.append("<rect x=\"").append(fmt(labelWidth)).append("\" y=\"").append(fmt(y + 3))
                    .append("\" width=\"").append(fmt(length)).append("\" height=\"16\" fill=\"")
                    .append(bar.colour()).append("\"/>");
            svg.append(text(labelWidth + length + 6, y + 15, bar.valueText(), "start", 11, "#101828"));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(int width, int height, String ariaLabel) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(xml(ariaLabel))
                .append("\" font-family=\"DejaVu Sans, Arial, sans-serif\">");
    }

    private static void legend(StringBuilder svg, List<Series> series, double x, double y) {
        double at = x;
        for (Series s : series) {
            svg.append("<rect x=\"").append(fmt(at)).append("\" y=\"").append(fmt(y - 9)).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(s.colour()).append("\"/>");
            svg.append(text(at + 17, y + 1, s.name(), "start", 11, "#344054"));
            at += 30 + s.name().length() * 6.5;
        }
    }

    private interface ValueAt {
        double at(int i);
    }

    private static String points(int n, double cx, double cy, double radius, ValueAt value) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double[] p = point(i, n, cx, cy, radius * value.at(i) / 100.0);
            points.append(fmt(p[0])).append(',').append(fmt(p[1])).append(' ');
        }
        return points.toString().trim();
    }

    private static double[] point(int i, int n, double cx, double cy, double r) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(n, 1);
        return new double[] {cx + r * Math.cos(angle), cy + r * Math.sin(angle)};
    }

    private static String multiline(double x, double y, String label, String anchor) {
        List<String> lines = wrap(label);
        StringBuilder text = new StringBuilder("<text x=\"").append(fmt(x)).append("\" y=\"")
                .append(fmt(y - (lines.size() - 1) * 6)).append("\" text-anchor=\"").append(anchor)
                .append("\" font-size=\"11\" fill=\"#344054\">");
        for (int i = 0; i < lines.size(); i++) {
            text.append("<tspan x=\"").append(fmt(x)).append("\" dy=\"").append(i == 0 ? "0" : "12").append("\">")
                    .append(xml(lines.get(i))).append("</tspan>");
        }
        return text.append("</text>").toString();
    }

    static List<String> wrap(String label) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : label.split(" ")) {
            if (current.length() > 0 && current.length() + word.length() + 1 > LABEL_LINE_LENGTH && lines.size() < 2) {
                lines.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() == 0 ? "" : " ").append(word);
        }
        lines.add(current.toString());
        return lines;
    }

    private static String text(double x, double y, String content, String anchor, int size, String colour) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size
                + "\" fill=\"" + colour + "\">" + xml(content) + "</text>";
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + colour + "\" stroke-width=\"1\"/>";
    }

    private static String circle(double x, double y, double r, String colour) {
        return "<circle cx=\"" + fmt(x) + "\" cy=\"" + fmt(y) + "\" r=\"" + fmt(r) + "\" fill=\"" + colour + "\"/>";
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Escapes text for XML, so names with {@code <} or {@code &} stay text. */
    public static String xml(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
