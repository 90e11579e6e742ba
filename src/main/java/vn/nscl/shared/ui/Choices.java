package vn.nscl.shared.ui;

import java.util.Collection;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBoxBase;

import vn.nscl.shared.TextRules;

/**
 * The items of a combo box, found by what people type without case or diacritics: many type Vietnamese without
 * accents on a phone, and Vaadin's own filter would find nothing for "quan ly chat luong".
 */
public final class Choices {

    private Choices() {
    }

    public static <T, C extends ComboBoxBase<C, T, ?>> void offer(C box, Collection<T> items,
            ItemLabelGenerator<T> label) {
        box.setItemLabelGenerator(label);
        box.setItems((item, typed) -> TextRules.containsIgnoringDiacritics(label.apply(item), typed), items);
    }
}
