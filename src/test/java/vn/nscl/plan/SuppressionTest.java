package vn.nscl.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Small cells and the cells that would give them away are withheld; the rest are shown. */
class SuppressionTest {

    @Test
    void cells_of_five_or_more_are_shown() {
        assertThat(Suppression.withheld(List.of(5, 12, 40))).containsExactly(false, false, false);
    }

    @Test
    void a_small_cell_is_withheld_with_the_smallest_shown_cell_when_alone_it_could_be_worked_out() {
        // 40 + 7 + 3 = 50 in total: showing 40 and 7 would give the 3 away by subtraction
        assertThat(Suppression.withheld(List.of(40, 7, 3))).containsExactly(false, true, true);
    }

    @Test
    void withheld_cells_that_hold_five_together_need_no_more() {
        assertThat(Suppression.withheld(List.of(3, 30, 2))).containsExactly(true, false, true);
    }

    @Test
    void one_small_cell_is_withheld_even_with_nothing_else() {
        assertThat(Suppression.withheld(List.of(4))).containsExactly(true);
        assertThat(Suppression.withheld(List.of(1, 1, 6, 9))).containsExactly(true, true, true, false);
    }
}
