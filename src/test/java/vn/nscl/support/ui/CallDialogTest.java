package vn.nscl.support.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;

import vn.nscl.testsupport.KaribuTest;

/** A call being edited is not lost to Esc (which also closes a date picker) or to a click beside the dialog. */
class CallDialogTest extends KaribuTest {

    @Test
    void the_call_dialog_closes_with_its_own_buttons_only() {
        signInAs("officer@example.com");
        UI.getCurrent().navigate("programmes/calls");
        ProgrammeCallsView view = _get(ProgrammeCallsView.class);
        Dialog dialog = view.edit(com.github.mvysny.kaributesting.v10.GridKt._get(view.grid, 0));
        assertThat(dialog.isCloseOnEsc()).isFalse();
        assertThat(dialog.isCloseOnOutsideClick()).isFalse();
        assertThat(new vn.nscl.shared.ui.ReasonDialog("Từ chối", "Vì sao?", "Từ chối", 100, reason -> { })
                .isCloseOnEsc()).as("a typed reason is kept too").isFalse();
    }
}
