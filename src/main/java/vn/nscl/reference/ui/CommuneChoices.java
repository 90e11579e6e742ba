package vn.nscl.reference.ui;

import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.data.renderer.LitRenderer;

import vn.nscl.reference.CommuneRef;
import vn.nscl.reference.FormerCommune;
import vn.nscl.reference.ReferenceData;

/**
 * The served province's communes in a combo box, found without diacritics and by their names before the 2025
 * reorganisation: people still say "Hồ Xá" or "Cam Thành". When an old name found a commune, its line says so
 * ("Xã Cam Thành cũ, Huyện Cam Lộ"), so the user sees why Xã Cam Lộ is offered.
 */
public final class CommuneChoices {

    private CommuneChoices() {
    }

    public static <C extends ComboBoxBase<C, CommuneRef, ?>> void offer(C box, ReferenceData reference) {
        AtomicReference<String> typed = new AtomicReference<>("");
        box.setItemLabelGenerator(CommuneRef::name);
        box.setItems((commune, filter) -> {
            typed.set(filter);
            return reference.communeMatches(commune, filter);
        }, reference.servedCommunes());
        box.setRenderer(LitRenderer.<CommuneRef>of("""
                <div>${item.name}</div>
                <div ?hidden=${!item.former} style="font-size: var(--lumo-font-size-s); \
                color: var(--lumo-secondary-text-color)">${item.former}</div>""")
                .withProperty("name", CommuneRef::name)
                .withProperty("former", commune -> reference.formerCommuneMatching(commune, typed.get())
                        .map(former -> formerLabel(box, former)).orElse("")));
    }

    /** The line under a commune found by a former name, e.g. "Trước 07/2025: Xã Cam Thành, Huyện Cam Lộ". */
    public static String formerLabel(ComboBoxBase<?, ?, ?> box, FormerCommune former) {
        return box.getTranslation("commune.former", former.name(), former.district());
    }
}
