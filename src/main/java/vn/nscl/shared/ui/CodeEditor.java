package vn.nscl.shared.ui;

import java.util.List;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;

import tools.jackson.databind.json.JsonMapper;

/**
 * A text editor for rule files: line numbers, matching brackets, Drools or YAML colouring, the lines with a problem
 * marked in the margin and a jump to a line. It is CodeMirror 5, a maintained editor served from its webjar as
 * static scripts (no npm bundle, ADR 002), wrapped by {@code frontend/scripts/code-editor.js}. For the server it is a
 * field with a string value, like a text area.
 */
@Tag("nscl-code-editor")
@JavaScript(CodeEditor.CODEMIRROR + "lib/codemirror.js")
@JavaScript(CodeEditor.CODEMIRROR + "mode/clike/clike.js")
@JavaScript(CodeEditor.CODEMIRROR + "mode/yaml/yaml.js")
@JavaScript(CodeEditor.CODEMIRROR + "addon/edit/matchbrackets.js")
@JavaScript(CodeEditor.CODEMIRROR + "addon/selection/active-line.js")
@JavaScript("context://scripts/code-editor.js")
@StyleSheet(CodeEditor.CODEMIRROR + "lib/codemirror.css")
public class CodeEditor extends AbstractSinglePropertyField<CodeEditor, String> implements HasSize, HasStyle {

    /** The webjar's folder; its version is the one in the pom. */
    static final String CODEMIRROR = "context://webjars/codemirror/5.65.20/";

    /** How the text is coloured. */
    public enum Mode { DROOLS, YAML, PLAIN }

    /** A line to mark, with what is wrong there (shown when hovering the mark). */
    public record LineProblem(int line, String message) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public CodeEditor(String label, Mode mode) {
        super("value", "", false);
        addClassName("code-editor");
        getElement().setProperty("label", label);
        getElement().setAttribute("aria-label", label);
        setMode(mode);
    }

    /** The mode for a file: DRL and workbooks' DRL as Drools, YAML as YAML, anything else plain. */
    public static Mode modeFor(String path) {
        return path.endsWith(".drl") ? Mode.DROOLS : path.endsWith(".yaml") || path.endsWith(".yml") ? Mode.YAML
                : Mode.PLAIN;
    }

    public final void setMode(Mode mode) {
        getElement().setProperty("mode", mode.name().toLowerCase(java.util.Locale.ROOT));
    }

    public String getLabel() {
        return getElement().getProperty("label", "");
    }

    /** Marks these lines (replacing earlier marks); lines outside the text are ignored. */
    public void setProblems(List<LineProblem> problems) {
        getElement().setProperty("problems", JSON.writeValueAsString(problems));
    }

    /** Runs the action when the person presses Ctrl+S (Cmd+S) in the editor, after its text has reached the server. */
    public void onSaveShortcut(Runnable action) {
        getElement().addEventListener("save-requested", e -> action.run());
    }

    /** Moves the cursor to the start of the line (from 1) and scrolls to it. */
    public void goToLine(int line) {
        getElement().callJsFunction("goToLine", line);
    }
}
