package vn.nscl.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrehashingBCryptPasswordEncoderTest {

    private final PrehashingBCryptPasswordEncoder encoder = new PrehashingBCryptPasswordEncoder(4);

    @Test
    void produces_bcrypt_hashes_that_match_only_the_same_password() {
        String hash = encoder.encode("nscl-demo-2026");
        assertThat(hash).startsWith("$2a$04$");
        assertThat(encoder.matches("nscl-demo-2026", hash)).isTrue();
        assertThat(encoder.matches("nscl-demo-2027", hash)).isFalse();
        assertThat(encoder.matches(null, hash)).isFalse();
    }

    @Test
    void every_character_of_a_long_vietnamese_passphrase_counts_beyond_bcrypts_72_bytes() {
        String common = "Những cánh đồng tiêu xanh mướt trải dài khắp vùng đất đỏ bazan Vĩnh Linh ";
        String hash = encoder.encode(common + "một");
        assertThat((common + "một").getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
        assertThat(encoder.matches(common + "một", hash)).isTrue();
        assertThat(encoder.matches(common + "hai", hash)).isFalse();
    }
}
