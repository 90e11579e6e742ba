package vn.nscl.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.nscl.shared.UserFacingException;

class PolicySettingsTest {

    private static String shipped() throws IOException {
        return Files.readString(Path.of("rules/matching/matching.yaml"), StandardCharsets.UTF_8);
    }

    @Test
    void the_shipped_numbers_are_read_and_written_back_unchanged() throws IOException {
        String yaml = shipped();
        PolicySettings settings = PolicySettings.parse(yaml);
        assertThat(settings.getWeightCompetence()).isEqualTo(35.0);
        assertThat(settings.weightTotal()).isEqualTo(100.0);
        assertThat(settings.getCertificateRequiredFor()).containsExactly("ISO_9001", "ISO_14001", "ISO_45001",
                "ISO_22000", "HACCP");
        assertThat(PolicySettings.parse(settings.writeInto(yaml))).usingRecursiveComparison().isEqualTo(settings);
        assertThat(settings.writeInto(yaml)).as("numbers written another way stay as written").isEqualTo(yaml);
        assertThat(settings.writeInto(yaml).lines().filter(line -> line.startsWith("#")))
                .containsExactlyElementsOf(yaml.lines().filter(line -> line.startsWith("#")).toList());
    }

    @Test
    void changed_numbers_and_certificates_replace_the_old_ones_and_the_file_still_reads() throws IOException {
        String yaml = shipped();
        PolicySettings settings = PolicySettings.parse(yaml);
        settings.setWeightLoad(5.0);
        settings.setWeightRating(15.0);
        settings.setSameCommune(0.95);
        settings.setCertificateRequiredFor(Set.of("HACCP"));
        settings.setFollowUpMonths(12);
        String written = settings.writeInto(yaml);
        assertThat(written).contains("  load: 5\n", "  rating: 15\n", "  same_commune: 0.95\n",
                "certificate_required_for:\n  - HACCP\n\n", "follow_up_months: 12\n").doesNotContain("ISO_9001");
        PolicyFile.Outcome read = PolicyFile.read(written, Set.of("HACCP", "ISO_9001"));
        assertThat(read.problems()).isEmpty();
        assertThat(read.policy().weights().load()).isEqualTo(5.0);
    }

    @Test
    void a_key_the_officer_deleted_comes_back_in_its_section() throws IOException {
        String yaml = shipped().replace("  load: 10\n", "");
        PolicySettings settings = PolicySettings.parse(shipped());
        String written = settings.writeInto(yaml);
        PolicyFile.Outcome read = PolicyFile.read(written, Set.of("ISO_9001", "ISO_14001", "ISO_45001", "ISO_22000",
                "HACCP"));
        assertThat(read.problems()).isEmpty();
        assertThat(read.policy().weights().load()).isEqualTo(10.0);
    }

    @Test
    void a_file_that_is_not_yaml_cannot_be_shown_as_a_form() {
        assertThatThrownBy(() -> PolicySettings.parse("weights: [35, \n  sector"))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> PolicySettings.parse("# chỉ có ghi chú\n")).isInstanceOf(UserFacingException.class);
    }
}
