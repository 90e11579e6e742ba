package vn.nscl.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

class QuestionnaireFilesTest {

    private final QuestionnaireFiles shipped = new QuestionnaireFiles(new DefaultResourceLoader(),
            "classpath:questionnaires/");

    @Test
    void the_quick_check_has_20_to_25_questions_and_the_full_assessment_60_to_80_over_all_dimensions() {
        Questionnaire quick = shipped.resolve(Tier.QUICK);
        Questionnaire full = shipped.resolve(Tier.FULL);
        assertThat(quick.questionCount()).isBetween(20, 25);
        assertThat(full.questionCount()).isBetween(60, 80);
        assertThat(full.dimensions()).extracting(Dimension::code).containsExactly("LEAD", "QMS", "LEAN", "INNO",
                "DIGI", "TRACE", "GREEN", "PEOPLE", "AGRI", "FOOD");
        assertThat(quick.dimensions()).hasSize(10);
    }

    @Test
    void every_question_describes_five_levels_in_both_languages() {
        for (Dimension dimension : shipped.resolve(Tier.FULL).dimensions()) {
            for (Question question : dimension.questions()) {
                assertThat(question.levels()).as(question.code()).hasSize(5)
                        .allSatisfy(level -> assertThat(level.hasBothLanguages()).isTrue());
                assertThat(question.text().hasBothLanguages()).as(question.code()).isTrue();
            }
        }
    }

    @Test
    void good_agricultural_practice_is_asked_only_of_farms_and_food_producers_and_food_safety_only_of_food_producers() {
        Questionnaire full = shipped.resolve(Tier.FULL);
        List<String> woodFactory = codes(full.askedOf(new Respondent("C", false, false)));
        List<String> pepperFarm = codes(full.askedOf(new Respondent("A", false, false)));
        List<String> bakery = codes(full.askedOf(new Respondent("C", true, false)));
        assertThat(woodFactory).doesNotContain("AGRI", "FOOD");
        assertThat(pepperFarm).contains("AGRI").doesNotContain("FOOD");
        assertThat(bakery).contains("AGRI", "FOOD");
    }

    @Test
    void household_businesses_get_a_shorter_path() {
        for (Tier tier : Tier.values()) {
            Questionnaire questionnaire = shipped.resolve(tier);
            int household = count(questionnaire.askedOf(new Respondent("C", true, true)));
            int company = count(questionnaire.askedOf(new Respondent("C", true, false)));
            assertThat(household).as(tier.code()).isLessThan(company).isPositive();
        }
    }

    @Test
    void a_broken_file_is_refused_naming_the_file_and_the_line(@TempDir Path folder) throws IOException {
        copyShipped(folder);
        Files.writeString(folder.resolve("bank.yaml"), """
                levels:
                  - {vi: "a", en: "a"}
                dimensions:
                  - code: "LEAD"
                    nmae: {vi: "x", en: "x"}
                """, StandardCharsets.UTF_8);
        QuestionnaireFiles broken = new QuestionnaireFiles(new DefaultResourceLoader(), folder.toUri().toString());
        assertThatThrownBy(() -> broken.resolve(Tier.QUICK))
                .isInstanceOf(QuestionnaireFiles.QuestionnaireFileException.class)
                .hasMessageContaining("bank.yaml line 5").hasMessageContaining("nmae");
    }

    @Test
    void a_question_with_four_levels_or_a_repeated_code_is_refused(@TempDir Path folder) throws IOException {
        copyShipped(folder);
        String bank = Files.readString(folder.resolve("bank.yaml"));
        Files.writeString(folder.resolve("bank.yaml"), bank.replaceFirst("code: \"?LEAN-02\"?", "code: \"LEAN-01\""));
        QuestionnaireFiles repeated = new QuestionnaireFiles(new DefaultResourceLoader(), folder.toUri().toString());
        assertThatThrownBy(() -> repeated.resolve(Tier.FULL)).hasMessageContaining("question LEAN-01: missing or repeated code");
    }

    private static void copyShipped(Path folder) throws IOException {
        for (String file : new String[] {"bank.yaml", "quick.yaml", "full.yaml"}) {
            try (InputStream in = QuestionnaireFilesTest.class.getResourceAsStream("/questionnaires/" + file)) {
                Files.copy(in, folder.resolve(file));
            }
        }
    }

    private static List<String> codes(List<Dimension> dimensions) {
        return dimensions.stream().map(Dimension::code).toList();
    }

    private static int count(List<Dimension> dimensions) {
        return dimensions.stream().mapToInt(d -> d.questions().size()).sum();
    }
}
