package vn.nscl.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.transaction.support.TransactionTemplate;

/** Published questionnaire versions never change: editing one requires a new version; old ones stay readable. */
@SpringBootTest
class QuestionnaireVersioningTest {

    @Autowired
    Questionnaires shipped;

    @Autowired
    QuestionnaireVersionRepository versions;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    @Autowired
    vn.nscl.shared.SeedingLock seeding;

    private Questionnaires publishFrom(Path folder) {
        Questionnaires questionnaires = new Questionnaires(new DefaultResourceLoader(),
                new QuestionnaireProperties(folder.toUri().toString()), versions, transaction, clock, seeding);
        questionnaires.publish();
        return questionnaires;
    }

    @Test
    void unchanged_files_map_to_the_published_versions() throws IOException {
        Path folder = Files.createTempDirectory("questionnaires");
        copyShipped(folder);
        Questionnaires again = publishFrom(folder);
        assertThat(again.current(Tier.QUICK).versionId()).isEqualTo(shipped.current(Tier.QUICK).versionId());
        assertThat(again.current(Tier.FULL).versionId()).isEqualTo(shipped.current(Tier.FULL).versionId());
    }

    @Test
    void changing_a_published_question_without_a_new_version_stops_the_start_and_a_new_version_keeps_the_old(
            @TempDir Path folder) throws IOException {
        copyShipped(folder);
        Questionnaire v1 = shipped.current(Tier.QUICK);
        Question first = v1.dimensions().getFirst().questions().getFirst();
        String oldText = first.text().vi();
        Path bank = folder.resolve("bank.yaml");
        Files.writeString(bank, Files.readString(bank).replace(oldText, oldText + " (sửa đổi)"));

        assertThatThrownBy(() -> publishFrom(folder))
                .hasMessageContaining("quick.yaml").hasMessageContaining("Raise 'version'");

        Path quick = folder.resolve("quick.yaml");
        Files.writeString(quick, Files.readString(quick).replace("version: 1", "version: 2"));
        Path full = folder.resolve("full.yaml");
        Files.writeString(full, Files.readString(full).replace("version: 1", "version: 2"));
        Questionnaires republished = publishFrom(folder);

        Questionnaire v2 = republished.current(Tier.QUICK);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.versionId()).isNotEqualTo(v1.versionId());
        assertThat(v2.dimensions().getFirst().questions().getFirst().text().vi()).endsWith("(sửa đổi)");
        assertThat(republished.byVersionId(v1.versionId()).dimensions().getFirst().questions().getFirst().text().vi())
                .as("an assessment pinned to version 1 still reads what it answered").isEqualTo(oldText);
    }

    private static void copyShipped(Path folder) throws IOException {
        for (String file : new String[] {"bank.yaml", "quick.yaml", "full.yaml"}) {
            try (InputStream in = QuestionnaireVersioningTest.class.getResourceAsStream("/questionnaires/" + file)) {
                Files.copy(in, folder.resolve(file));
            }
        }
    }
}
