package vn.nscl.matching;

import java.math.BigDecimal;

/**
 * What an engagement changed: the enterprise's overall result in its last self-assessment before the expert started
 * and in its first one after the work was confirmed (null until that follow-up exists).
 */
public record Effect(Integer beforeYear, BigDecimal before, Integer afterYear, BigDecimal after) {

    public BigDecimal change() {
        return before == null || after == null ? null : after.subtract(before);
    }
}
