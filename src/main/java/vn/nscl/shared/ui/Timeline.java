package vn.nscl.shared.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import vn.nscl.shared.TimelineStep;

/** A record's timeline, oldest first: when (and who, where shown), the step in words, its note. */
public class Timeline extends Div {

    /**
     * {@code kindKeys} is the translation prefix of the step kinds, e.g. {@code "request.event."}; with
     * {@code withActors}, who acted is shown where the step carries it.
     */
    public Timeline(List<TimelineStep> steps, String kindKeys, boolean withActors) {
        addClassName("timeline");
        for (TimelineStep step : steps) {
            boolean who = withActors && !step.actor().isEmpty();
            Span when = new Span(Formats.dateTime(step.at()) + (who ? " · " + step.actor() : ""));
            when.addClassName("muted");
            Div row = new Div(when, new Span(getTranslation(kindKeys + step.kind())
                    + (step.note().isEmpty() ? "" : ": " + step.note())));
            row.addClassName("timeline-step");
            add(row);
        }
    }
}
