package vn.nscl.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void ships_a_list_of_a_few_thousand_common_passwords() {
        assertThat(policy.commonPasswordCount()).isBetween(2000, 20000);
    }

    @Test
    void refuses_short_and_common_passwords_in_any_case() {
        assertThat(policy.problem("")).contains("password.error.required");
        assertThat(policy.problem("abc1234")).contains("password.error.too-short");
        assertThat(policy.problem("password")).contains("password.error.common");
        assertThat(policy.problem("PassWord")).contains("password.error.common");
        assertThat(policy.problem("12345678")).contains("password.error.common");
        assertThat(policy.problem("matkhau123")).contains("password.error.common");
    }

    @Test
    void accepts_a_long_vietnamese_passphrase_of_64_characters_and_more() {
        String passphrase = "Tiêu Vĩnh Linh thơm cay, cà phê Khe Sanh đậm đà; năm 2026 hẹn gặp!";
        assertThat(passphrase.length()).isGreaterThanOrEqualTo(64);
        assertThat(policy.problem(passphrase)).isEmpty();
        String longest = (passphrase + " " + passphrase).substring(0, PasswordPolicy.MAX_LENGTH);
        assertThat(policy.problem(longest)).isEmpty();
        assertThat(policy.problem(longest + "!")).contains("password.error.too-long");
    }

    @Test
    void refuses_repeated_characters_and_sequences_however_long() {
        assertThat(policy.problem("x".repeat(PasswordPolicy.MAX_LENGTH))).contains("password.error.weak");
        assertThat(policy.problem("aaaaaaaa")).contains("password.error.weak");
        assertThat(policy.problem("abcdefghijkl")).contains("password.error.weak");
    }
}
