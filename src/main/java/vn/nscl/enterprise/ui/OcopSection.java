package vn.nscl.enterprise.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import vn.nscl.enterprise.EnterpriseProfile;
import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.enterprise.ProfileDetails;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.FormProblems;

/** OCOP products (Chương trình Mỗi xã một sản phẩm) with their star rating. */
class OcopSection extends Div {

    final Grid<ProfileDetails.Ocop> products = new Grid<>();
    final TextField name = new TextField();
    final Select<Integer> stars = new Select<>();
    final IntegerField ratedYear = new IntegerField();
    final Button add = new Button();
    private long enterpriseId;

    OcopSection(EnterpriseProfileService profiles, EnterpriseProfile profile, Runnable onChanged) {
        products.addColumn(ProfileDetails.Ocop::name).setHeader(getTranslation("ocop.name")).setFlexGrow(3);
        products.addColumn(p -> "★".repeat(p.stars())).setHeader(getTranslation("ocop.stars"));
        products.addColumn(p -> p.ratedYear() == null ? "" : String.valueOf(p.ratedYear()))
                .setHeader(getTranslation("ocop.year"));
        products.addComponentColumn(p -> {
            Button remove = new Button(getTranslation("action.remove"), e -> {
                profiles.removeOcopProduct(enterpriseId, p.id());
                onChanged.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        products.addThemeVariants(GridVariant.LUMO_COMPACT);
        products.setAllRowsVisible(true);

        name.setLabel(getTranslation("ocop.name"));
        name.setMaxLength(EnterpriseProfileService.OCOP_NAME_MAX_LENGTH);
        stars.setLabel(getTranslation("ocop.stars"));
        stars.setItems(3, 4, 5);
        stars.setItemLabelGenerator(s -> s + " ★");
        stars.setValue(3);
        ratedYear.setLabel(getTranslation("ocop.year"));
        add.setText(getTranslation("action.add"));
        Map<String, HasValidation> fields = Map.of("ocopName", name, "ocopStars", stars, "ocopYear", ratedYear);
        add.addClickListener(e -> {
            try {
                profiles.addOcopProduct(enterpriseId, name.getValue(), stars.getValue(), ratedYear.getValue());
            } catch (UserFacingException problem) {
                FormProblems.show(this, problem, fields);
                return;
            }
            FormProblems.clear(fields);
            name.clear();
            ratedYear.clear();
            onChanged.run();
        });
        HorizontalLayout line = new HorizontalLayout(name, stars, ratedYear, add);
        line.setWrap(true);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(products, line);
        show(profile);
    }

    void show(EnterpriseProfile profile) {
        enterpriseId = profile.enterprise().id();
        products.setItems(profile.details().ocopProducts());
        products.setVisible(!profile.details().ocopProducts().isEmpty());
    }
}
