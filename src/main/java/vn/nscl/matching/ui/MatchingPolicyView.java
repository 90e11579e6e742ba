package vn.nscl.matching.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.matching.MatchingPolicyService;
import vn.nscl.matching.PolicyDryRun;
import vn.nscl.matching.PolicyProblem;
import vn.nscl.matching.PolicySummary;
import vn.nscl.shared.ui.Attempts;
import vn.nscl.shared.ui.Confirmations;
import vn.nscl.shared.ui.Formats;

/**
 * Quy tắc ghép chuyên gia: the version in use, every version, and for a draft: edit, check (mistakes with their
 * line), dry run over the open requests, activate. Published versions are read-only and can be re-activated.
 */
@Route("rules/matching")
@Menu(title = "nav.matching-policy", order = 41, icon = "vaadin:scale")
@RolesAllowed({"OFFICER", "ADMIN"})
public class MatchingPolicyView extends VerticalLayout implements HasDynamicTitle {

    final Paragraph activeInfo = new Paragraph();
    final Select<PolicySummary> versions = new Select<>();
    final TextArea content = new TextArea();
    final TextField note = new TextField();
    final Button newDraft = new Button();
    final Button save = new Button();
    final Button check = new Button();
    final Button dryRun = new Button();
    final Button activate = new Button();
    final Div result = new Div();
    private final MatchingPolicyService policies;

    MatchingPolicyView(MatchingPolicyService policies) {
        this.policies = policies;
        addClassName("rules-view");
        versions.setLabel(getTranslation("policy.version"));
        versions.setItemLabelGenerator(v -> getTranslation("policy.version.label", v.number(),
                getTranslation(v.active() ? "policy.active" : v.draft() ? "policy.draft" : "policy.published"),
                Formats.date(v.createdAt()), v.createdBy()) + (v.note().isEmpty() ? "" : " — " + v.note()));
        versions.addValueChangeListener(e -> showVersion());
        content.setLabel(getTranslation("policy.content"));
        content.setWidthFull();
        content.addClassName("rule-editor");
        note.setLabel(getTranslation("policy.note"));
        newDraft.setText(getTranslation("policy.new-draft"));
        newDraft.addClickListener(e -> act(() -> {
            long id = policies.createDraft(versions.getValue().id(), note.getValue());
            reload(id);
        }, "policy.draft-created"));
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> act(() -> {
            policies.save(versions.getValue().id(), content.getValue(), versions.getValue().version());
            reload(versions.getValue().id());
        }, "policy.saved"));
        check.setText(getTranslation("policy.check"));
        check.addClickListener(e -> showProblems(policies.validate(versions.getValue().id())));
        dryRun.setText(getTranslation("policy.dry-run"));
        dryRun.addClickListener(e -> showDryRun(policies.dryRun(versions.getValue().id())));
        activate.setText(getTranslation("policy.activate"));
        activate.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        activate.addClickListener(e -> Confirmations.dialog(this, "policy.activate", "policy.activate.confirm",
                () -> act(() -> {
                    policies.activate(versions.getValue().id());
                    reload(versions.getValue().id());
                }, "policy.activated")).open());
        result.addClassName("rule-result");
        add(new Paragraph(getTranslation("policy.intro")), activeInfo, versions, content,
                new HorizontalLayout(save, check, dryRun, activate), new HorizontalLayout(note, newDraft), result);
        reload(null);
    }

    private void reload(Long selectId) {
        var active = policies.active();
        activeInfo.setText(getTranslation("policy.active-info", active.version().number(),
                Formats.dateTime(active.activatedAt()), active.activatedBy()));
        List<PolicySummary> all = policies.versions();
        versions.setItems(all);
        versions.setValue(all.stream().filter(v -> selectId == null ? v.active() : v.id() == selectId).findFirst()
                .orElse(all.getFirst()));
    }

    private void showVersion() {
        PolicySummary version = versions.getValue();
        if (version == null) {
            return;
        }
        content.setValue(policies.content(version.id()));
        content.setReadOnly(!version.draft());
        save.setEnabled(version.draft());
        // Four eyes: the service refuses it too; here the author is told why before trying.
        activate.setEnabled(!version.active() && !version.writtenBySignedIn());
        activate.setTooltipText(version.writtenBySignedIn() ? getTranslation("rules.four-eyes.note") : null);
        result.removeAll();
        if (version.writtenBySignedIn() && !version.active()) {
            result.add(new Paragraph(getTranslation("rules.four-eyes.note")));
        }
    }

    private void showProblems(List<PolicyProblem> problems) {
        result.removeAll();
        if (problems.isEmpty()) {
            result.add(new Paragraph(getTranslation("policy.valid")));
            return;
        }
        UnorderedList list = new UnorderedList();
        problems.forEach(p -> list.add(new ListItem((p.line() > 0 ? getTranslation("policy.line", p.line()) + ": " : "")
                + getTranslation(p.messageKey(), p.detail()))));
        list.addClassName("rule-problems");
        result.add(new H2(getTranslation("policy.problems")), list);
    }

    private void showDryRun(PolicyDryRun run) {
        if (!run.problems().isEmpty()) {
            showProblems(run.problems());
            return;
        }
        result.removeAll();
        result.add(new Paragraph(getTranslation("policy.dry-run.summary", run.requestsCompared(), run.changes().size(),
                run.activeNumber(), run.candidateNumber())));
        UnorderedList list = new UnorderedList();
        run.changes().forEach(c -> list.add(new ListItem(getTranslation("policy.dry-run.change", c.requestId(),
                c.enterpriseName(), c.itemCode(), String.join(", ", c.before()), String.join(", ", c.after())))));
        result.add(list);
    }

    private void act(Runnable action, String doneKey) {
        Attempts.run(this, action, doneKey);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.matching-policy") + " | " + getTranslation("app.name");
    }
}
