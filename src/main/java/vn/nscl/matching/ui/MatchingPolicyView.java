package vn.nscl.matching.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.matching.MatchingPolicyService;
import vn.nscl.matching.PolicyDryRun;
import vn.nscl.tasks.BackgroundTasks;
import vn.nscl.tasks.TaskStatus;
import vn.nscl.rulebase.RuleVersions;
import vn.nscl.rulebase.ui.RuleScreen;
import vn.nscl.rulebase.ui.RuleVersionsScreen;

/**
 * Quy tắc ghép chuyên gia: the same versions screen as the recommendation rules (drafts, files edited in the page,
 * checks with file and line, activation by a second officer), with matching's own dry run: which open requests would
 * get other proposals, and which experts a draft would no longer allow, with the rule that excludes them.
 */
@Route("rules/matching")
@Menu(title = "nav.matching-policy", order = 41, icon = "vaadin:scale")
@RolesAllowed({"OFFICER", "ADMIN"})
public class MatchingPolicyView extends VerticalLayout implements HasDynamicTitle {

    static final String KIND = "matching";
    /** The numbers of matching, edited with a form (the text stays one click away). */
    static final String SETTINGS_FILE = "matching/matching.yaml";

    final RuleVersionsScreen screen;
    private final transient Catalogue catalogue;

    MatchingPolicyView(RuleVersions versions, MatchingPolicyService dryRuns, Catalogue catalogue,
            BackgroundTasks tasks) {
        this.catalogue = catalogue;
        this.screen = new RuleVersionsScreen(versions, new RuleScreen() {
            @Override
            public String kind() {
                return KIND;
            }

            @Override
            public String newFile(String path) {
                return path.endsWith(".drl") ? NEW_RULE_FILE : "";
            }

            @Override
            public Optional<FileForm> formFor(String path) {
                return path.equals(SETTINGS_FILE) ? Optional.of(new PolicyForm(catalogue)) : Optional.empty();
            }

            @Override
            public TaskStatus startDryRun(long versionId) {
                return dryRuns.startDryRun(versionId);
            }

            @Override
            public Optional<TaskStatus> lastDryRun(long versionId) {
                return dryRuns.lastDryRun(versionId);
            }

            @Override
            public DryRun dryRunResult(TaskStatus task) {
                return dryRuns.dryRunResult(task.id()).map(run -> new DryRun(show(run), run.problems(), null))
                        .orElseGet(() -> new DryRun(new Div(), java.util.List.of(), null));
            }
        }, tasks);
        addClassName("rules-view");
        add(new H1(getTranslation("nav.matching-policy")), new Paragraph(getTranslation("policy.intro")), screen);
    }

    /** What the dry run found, one line per request whose proposals change and one per expert it loses. */
    Div show(PolicyDryRun run) {
        Div result = new Div();
        result.addClassName("rule-result");
        if (!run.problems().isEmpty()) {
            return result;
        }
        result.add(new Paragraph(getTranslation("policy.dry-run.summary", run.requestsCompared(), run.changes().size(),
                run.activeNumber(), run.candidateNumber())));
        if (run.changes().isEmpty()) {
            result.add(new Paragraph(getTranslation("policy.dry-run.none")));
        }
        UnorderedList list = new UnorderedList();
        for (PolicyDryRun.Change change : run.changes()) {
            ListItem item = new ListItem(getTranslation("policy.dry-run.change", change.requestId(),
                    change.enterpriseName(), catalogue.itemName(change.itemCode(), getLocale()),
                    String.join(", ", change.before()), String.join(", ", change.after())));
            if (!change.lost().isEmpty() || !change.reworded().isEmpty()) {
                UnorderedList details = new UnorderedList();
                change.lost().forEach(l -> details.add(new ListItem(getTranslation("policy.dry-run.lost",
                        l.expertName(), l.reason()))));
                change.reworded().forEach(r -> {
                    ListItem reworded = new ListItem(getTranslation("policy.dry-run.reworded", r.expertName(),
                            r.before(getLocale()), r.after(getLocale())));
                    reworded.addClassName("policy-reworded");
                    details.add(reworded);
                });
                item.add(details);
            }
            list.add(item);
        }
        result.add(list);
        return result;
    }

    private static final String NEW_RULE_FILE = """
            // Quy tắc ghép mới. Xem rules/README.md, phần "Quy tắc ghép chuyên gia".
            package rules.matching;

            import vn.nscl.matching.facts.*;

            global Ranking ranking;
            global Settings settings;

            // Ví dụ (bỏ hai dấu // ở đầu mỗi dòng để dùng):
            // rule "Loại: yêu cầu an toàn thực phẩm cần chứng chỉ HACCP"
            //     when
            //         Request( itemCode == "ISO_22000" )
            //         $e : Candidate( certifiedItems not contains "HACCP" )
            //     then
            //         ranking.exclude($e, "Yêu cầu an toàn thực phẩm cần chuyên gia có chứng chỉ HACCP");
            // end
            """;

    @Override
    public String getPageTitle() {
        return getTranslation("nav.matching-policy") + " | " + getTranslation("app.name");
    }
}
