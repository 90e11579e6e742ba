package vn.nscl.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void single_line_text_is_trimmed_collapsed_and_stripped_of_control_characters() {
        assertThat(TextRules.singleLine("  Hợp tác xã \t\n  Hồ tiêu\u0000 ")).isEqualTo("Hợp tác xã Hồ tiêu");
        assertThat(TextRules.singleLine(null)).isEmpty();
    }

    @Test
    void decomposed_vietnamese_is_stored_composed_so_equal_names_compare_equal() {
        String decomposed = Normalizer.normalize("Quảng Trị", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Quảng Trị");
        assertThat(TextRules.singleLine(decomposed)).isEqualTo("Quảng Trị");
    }

    @Test
    void html_is_kept_as_typed_because_views_show_it_as_text() {
        assertThat(TextRules.singleLine("<b>Công ty</b> & <script>x</script>"))
                .isEqualTo("<b>Công ty</b> & <script>x</script>");
    }

    @Test
    void emails_are_lower_cased_and_phones_lose_separators() {
        assertThat(TextRules.email("  Nguyen.Van.A@Example.COM ")).isEqualTo("nguyen.van.a@example.com");
        assertThat(TextRules.phone("0912.345-678")).isEqualTo("0912345678");
        assertThat(TextRules.phone("(0233) 385 201")).isEqualTo("0233385201");
    }

    @Test
    void a_search_pattern_ignores_typed_wildcards_and_means_no_filter_when_empty() {
        assertThat(TextRules.searchPattern("  Hồ  TIÊU ")).isEqualTo("%hồ tiêu%");
        assertThat(TextRules.searchPattern("50%_off")).isEqualTo("%50off%");
        assertThat(TextRules.searchPattern("%_ ")).isNull();
        assertThat(TextRules.searchPattern(null)).isNull();
    }

    @Test
    void a_folded_search_ignores_case_and_diacritics_including_d_bar() {
        assertThat(TextRules.foldedSearchPattern("  Đông  HÀ ")).isEqualTo("%dong ha%");
        assertThat(TextRules.foldedSearchPattern("htx_%")).isEqualTo("%htx%");
        assertThat(TextRules.foldedSearchPattern(" ")).isNull();
        assertThat(TextRules.containsIgnoringDiacritics("Hợp tác xã Cam Lộ", "cam lo")).isTrue();
        assertThat(TextRules.containsIgnoringDiacritics("Hợp tác xã Cam Lộ", "CAM LỘ")).isTrue();
        // Typed in decomposed form (combining marks, as some phone keyboards send it).
        assertThat(TextRules.containsIgnoringDiacritics("Xã Cam Lộ", "Cam Lo\u0323\u0302")).isTrue();
        assertThat(TextRules.containsIgnoringDiacritics("Xã Cam Lộ", "cam thuy")).isFalse();
        assertThat(TextRules.containsIgnoringDiacritics("Xã Cam Lộ", "")).isTrue();
    }
}
