package vn.nscl.plan.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import com.vaadin.flow.component.html.Span;

import vn.nscl.plan.AreaFigures;
import vn.nscl.plan.TargetProgress;
import vn.nscl.plan.TargetStatus;
import vn.nscl.shared.ui.Numbers;
import vn.nscl.shared.ui.SvgCharts;

/** The dashboard's pictures: status badges and the bar charts, all drawn on the server. */
final class PlanPictures {

    static final String GREEN = "#0b6e4f";
    static final String BLUE = "#175cd3";

    private PlanPictures() {
    }

    static Span badge(TargetStatus status, String text) {
        // A sign beside the colour, so the status reads without telling colours apart (and in black-and-white print).
        String sign = sign(status);
        Span badge = new Span(sign.isEmpty() ? text : text.isEmpty() ? sign : sign + " " + text);
        badge.addClassNames("plan-status", "plan-status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }

    static String sign(TargetStatus status) {
        return switch (status) {
            case ACHIEVED -> "✓";
            case ON_TRACK -> "↗";
            case AT_RISK -> "!";
            case NOT_ACHIEVED -> "✗";
            case NO_DATA -> "?";
            case NOT_STARTED, OUT_OF_PERIOD -> "";
        };
    }

    /** What each colour and sign of the year table means, in words. */
    /** The mark of a figure the Department entered from its own records (years before the platform). */
    static final String ENTERED = "✎";

    static com.vaadin.flow.component.html.Div legend(com.vaadin.flow.component.Component in) {
        com.vaadin.flow.component.html.Div legend = new com.vaadin.flow.component.html.Div();
        legend.addClassName("plan-legend");
        for (TargetStatus status : TargetStatus.values()) {
            Span sample = badge(status, "");
            sample.getElement().setAttribute("aria-hidden", "true");
            Span name = new Span(in.getTranslation("plan.status." + status));
            legend.add(new Span(sample, name));
        }
        legend.add(new Span(new Span(ENTERED + " "), new Span(in.getTranslation("baseline.entered"))));
        return legend;
    }

    /** How far each target is in a year: the actual as a share of the target's (lower) value, 100 % = reached. */
    static String targetBars(List<TargetProgress> targets, int year, Locale locale, String ariaLabel) {
        List<SvgCharts.Bar> bars = new ArrayList<>();
        for (TargetProgress p : targets) {
            if (year < p.target().yearFrom() || year > p.target().yearTo() || p.target().targetMin().signum() == 0) {
                continue;
            }
            BigDecimal actual = p.actualIn(year);
            double share = actual == null ? 0 : actual.doubleValue() * 100 / p.target().targetMin().doubleValue();
            String colour = switch (p.statusIn(year)) {
                case ACHIEVED -> GREEN;
                case ON_TRACK -> BLUE;
                case AT_RISK -> "#dc6803";
                default -> "#d92d20";
            };
            bars.add(new SvgCharts.Bar(p.target().code() + " · " + p.target().name(locale), Math.min(share, 100),
                    colour, Numbers.decimal(actual, locale) + " / " + Numbers.decimal(p.target().targetMin(), locale)));
        }
        return SvgCharts.bars(bars, 100, ariaLabel);
    }

    /** The areas with most enterprises assessed in the year, as bars labelled with the count and average index. */
    static String areaBars(List<AreaFigures> areas, int limit, Locale locale, String ariaLabel,
            BiFunction<Long, BigDecimal, String> valueText) {
        List<SvgCharts.Bar> bars = areas.stream().filter(a -> a.assessed() > 0)
                .sorted((a, b) -> Long.compare(b.assessed(), a.assessed())).limit(limit)
                .map(a -> new SvgCharts.Bar(a.name(), a.assessed(), GREEN, valueText.apply(a.assessed(),
                        a.averageScore())))
                .toList();
        return SvgCharts.bars(bars, 0, ariaLabel);
    }
}
