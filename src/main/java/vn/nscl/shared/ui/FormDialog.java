package vn.nscl.shared.ui;

import com.vaadin.flow.component.dialog.Dialog;

/**
 * A dialog with a form in it: Esc (which also closes a date picker's calendar) and a click beside the dialog do not
 * close it, so what was typed is never lost by accident; it closes with its own buttons only.
 */
public class FormDialog extends Dialog {

    public FormDialog() {
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
    }
}
