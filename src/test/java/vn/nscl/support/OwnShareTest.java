package vn.nscl.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import vn.nscl.shared.ui.TranslationProvider;

/** An application short of its own contribution is told by how much, in the reader's way of writing amounts. */
class OwnShareTest {

    @Test
    void the_missing_own_contribution_makes_the_share_exactly_reached() {
        BigDecimal missing = ApplicationChecks.ownShareMissing(new BigDecimal("100"), new BigDecimal("20"), 30);

        assertThat(missing).isEqualByComparingTo("22.86");
        BigDecimal own = new BigDecimal("20").add(missing);
        assertThat(own.multiply(new BigDecimal("100")).divide(own.add(new BigDecimal("100")), 4,
                java.math.RoundingMode.HALF_UP)).isGreaterThanOrEqualTo(new BigDecimal("30"));
        assertThat(ApplicationChecks.ownShareMissing(new BigDecimal("100"), new BigDecimal("50"), 30)).isZero();
    }

    @Test
    void the_amounts_are_written_as_a_vietnamese_reader_writes_them() {
        String text = new TranslationProvider().getTranslation("support.error.own-share-low",
                TranslationProvider.VIETNAMESE, 30, new BigDecimal("0.50"));
        assertThat(text).isEqualTo("Phần đối ứng chưa đủ 30% tổng kinh phí: còn thiếu 0,5 triệu đồng "
                + "(tăng phần đối ứng hoặc giảm số tiền đề nghị).");
        assertThat(new TranslationProvider().getTranslation("support.error.over-ceiling",
                TranslationProvider.VIETNAMESE, new BigDecimal("1500"), new BigDecimal("250.5")))
                .contains("1.500 triệu đồng").contains("giảm 250,5 triệu đồng");
    }
}
