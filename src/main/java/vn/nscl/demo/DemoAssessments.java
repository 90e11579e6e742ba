package vn.nscl.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

import vn.nscl.assessment.Answer;
import vn.nscl.assessment.Dimension;
import vn.nscl.assessment.PaperAssessments;
import vn.nscl.assessment.Question;
import vn.nscl.assessment.Questionnaires;
import vn.nscl.assessment.Respondent;
import vn.nscl.assessment.Tier;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.enterprise.EnterpriseSummary;
import vn.nscl.shared.ui.Formats;

/**
 * Gives most demo enterprises one to three years of submitted assessments (column {@code assessments}, e.g.
 * {@code 2024:quick|2025:full}), recorded as paper assessments. Answers follow the enterprise's base level with a
 * per-dimension bias and improve over the years, so benchmarks, trends and before/after show real content.
 */
@Component
class DemoAssessments {


    private final ActingAs acting;
    private final EnterpriseService enterprises;
    private final Questionnaires questionnaires;
    private final PaperAssessments paper;

    DemoAssessments(ActingAs acting, EnterpriseService enterprises, Questionnaires questionnaires,
            PaperAssessments paper) {
        this.acting = acting;
        this.enterprises = enterprises;
        this.questionnaires = questionnaires;
        this.paper = paper;
    }

    void load(List<CSVRecord> rows, int currentYear) {
        for (CSVRecord row : rows) {
            if (row.get("assessments").isBlank()) {
                continue;
            }
            EnterpriseSummary enterprise = acting.account(row.get("email"), () -> enterprises.mine().orElseThrow());
            double base = Double.parseDouble(row.get("base_level"));
            String[] planned = row.get("assessments").split("\\|");
            int firstYear = Integer.parseInt(planned[0].split(":")[0]);
            for (String entry : planned) {
                int year = Integer.parseInt(entry.split(":")[0]);
                Tier tier = Tier.ofCode(entry.split(":")[1]);
                List<Answer> answers = answers(tier, enterprise, base + 0.35 * (year - firstYear), year);
                LocalDate filled = year < currentYear ? LocalDate.of(year, 9, 15) : LocalDate.of(year, 6, 20);
                acting.platform(() -> paper.record(enterprise.id(), tier, year, answers,
                        filled.atStartOfDay(Formats.VIETNAM).toInstant()));
            }
        }
    }

    private List<Answer> answers(Tier tier, EnterpriseSummary enterprise, double level, int year) {
        Respondent respondent = Respondent.of(enterprise);
        List<Answer> answers = new ArrayList<>();
        for (Dimension dimension : questionnaires.current(tier).askedOf(respondent)) {
            double bias = (Math.floorMod((enterprise.enterpriseCode() + dimension.code()).hashCode(), 11) - 5) / 6.0;
            for (Question question : dimension.questions()) {
                int hash = Math.floorMod((enterprise.enterpriseCode() + question.code() + year).hashCode(), 100);
                double noise = (hash - 50) / 70.0;
                int answer = (int) Math.max(0, Math.min(4, Math.round(level + bias + noise)));
                answers.add(Answer.level(question.code(), answer));
            }
        }
        return answers;
    }
}
