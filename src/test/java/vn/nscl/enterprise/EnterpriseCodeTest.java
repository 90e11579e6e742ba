package vn.nscl.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnterpriseCodeTest {

    @Test
    void ten_digit_codes_and_branch_codes_are_valid_for_every_type() {
        for (EnterpriseType type : EnterpriseType.values()) {
            assertThat(EnterpriseCode.problem("3200612345", type)).isEmpty();
            assertThat(EnterpriseCode.problem("3200612345-001", type)).isEmpty();
        }
    }

    @Test
    void a_twelve_digit_personal_id_is_only_for_household_businesses() {
        assertThat(EnterpriseCode.problem("045180001234", EnterpriseType.HOUSEHOLD)).isEmpty();
        assertThat(EnterpriseCode.problem("045180001234", EnterpriseType.ENTERPRISE))
                .contains("enterprise.error.code-personal-id-household-only");
        assertThat(EnterpriseCode.problem("045180001234", EnterpriseType.COOPERATIVE))
                .contains("enterprise.error.code-personal-id-household-only");
    }

    @Test
    void malformed_codes_are_refused() {
        for (String code : new String[] {"320061234", "32006123456", "3200612345-01", "3200612345-0001",
                "32006l2345", "3200612345_001", "MST3200612345", "-3200612345"}) {
            assertThat(EnterpriseCode.problem(code, EnterpriseType.ENTERPRISE)).as(code)
                    .contains("enterprise.error.code-format");
        }
        assertThat(EnterpriseCode.problem("", EnterpriseType.ENTERPRISE)).contains("error.required");
    }

    @Test
    void spaces_typed_in_a_code_are_removed() {
        assertThat(EnterpriseCode.normalise(" 3200 612 345 ")).isEqualTo("3200612345");
    }
}
