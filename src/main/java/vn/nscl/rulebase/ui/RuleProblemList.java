package vn.nscl.rulebase.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import vn.nscl.rulebase.RuleProblem;

/**
 * The problems found in a version's files, one per line: a button with the line that opens the file there, the file,
 * the message in the reader's language, and the library's own text folded away for whoever needs it.
 */
public class RuleProblemList extends Div {

    private final transient Consumer<RuleProblem> jumpTo;
    private List<RuleProblem> shown = List.of();

    RuleProblemList(Consumer<RuleProblem> jumpTo) {
        this.jumpTo = jumpTo;
        addClassName("rule-problems");
    }

    void show(List<RuleProblem> found) {
        shown = List.copyOf(found);
        removeAll();
        if (found.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("rules.problems", found.size())));
        found.forEach(problem -> add(line(problem)));
    }

    /** The problems shown now. */
    List<RuleProblem> shown() {
        return shown;
    }

    private Div line(RuleProblem problem) {
        Div line = new Div();
        line.addClassName("rule-problem");
        if (problem.line() > 0) {
            Button jump = new Button(getTranslation("rules.line", problem.line()), VaadinIcon.ARROW_RIGHT.create(),
                    e -> jumpTo.accept(problem));
            jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            jump.addClassName("rule-problem-line");
            jump.getElement().setAttribute("title", getTranslation("rules.problem.jump"));
            line.add(jump);
        }
        Span file = new Span(problem.file());
        file.addClassName("rule-problem-file");
        Span message = new Span(problem.message(getLocale()));
        message.addClassName("rule-problem-message");
        line.add(file, message);
        if (!problem.technical().isBlank()) {
            Details technical = new Details(getTranslation("rules.problem.technical"), new Pre(problem.technical()));
            technical.addClassName("rule-problem-technical");
            line.add(technical);
        }
        return line;
    }
}
