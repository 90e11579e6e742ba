package vn.nscl.matching.ui;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.DoubleRangeValidator;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.data.binder.Setter;

import vn.nscl.catalogue.Catalogue;
import vn.nscl.catalogue.CatalogueItem;
import vn.nscl.matching.PolicySettings;
import vn.nscl.rulebase.ui.RuleScreen;

/**
 * The matching numbers as a form instead of YAML: the six weights with their running total (it must be 100), the
 * location fractions, competence and rating settings, the standards that need a certificate (chosen from the
 * catalogue by name), the offer's deadline and size and the follow-up delay. Each field says its range; saving
 * writes the numbers back into the file, comments kept.
 */
class PolicyForm extends Div implements RuleScreen.FileForm {

    final Binder<PolicySettings> binder = new Binder<>(PolicySettings.class);
    final NumberField competence = weight("competence");
    final NumberField sector = weight("sector");
    final NumberField location = weight("location");
    final NumberField language = weight("language");
    final NumberField rating = weight("rating");
    final NumberField load = weight("load");
    final Paragraph total = new Paragraph();
    final NumberField sameCommune = fraction("same-commune");
    final NumberField serviceArea = fraction("service-area");
    final NumberField wholeProvince = fraction("whole-province");
    final NumberField remoteOnly = fraction("remote-only");
    final IntegerField minimumLevel = whole("minimum-level", 1, 3);
    final IntegerField yearsForFullCredit = whole("years", 1, 40);
    final NumberField certificateBonus = fraction("certificate-bonus");
    final NumberField newExpert = new NumberField();
    final MultiSelectComboBox<String> certificates = new MultiSelectComboBox<>();
    final IntegerField deadline = whole("deadline", 1, 30);
    final IntegerField shown = whole("shown", 1, 20);
    final IntegerField followUp = whole("follow-up", 1, 36);
    private PolicySettings settings;

    PolicyForm(Catalogue catalogue) {
        addClassName("policy-form");
        bindWeight(competence, PolicySettings::getWeightCompetence, PolicySettings::setWeightCompetence);
        bindWeight(sector, PolicySettings::getWeightSector, PolicySettings::setWeightSector);
        bindWeight(location, PolicySettings::getWeightLocation, PolicySettings::setWeightLocation);
        bindWeight(language, PolicySettings::getWeightLanguage, PolicySettings::setWeightLanguage);
        bindWeight(rating, PolicySettings::getWeightRating, PolicySettings::setWeightRating);
        bindWeight(load, PolicySettings::getWeightLoad, PolicySettings::setWeightLoad);
        bindFraction(sameCommune, PolicySettings::getSameCommune, PolicySettings::setSameCommune);
        bindFraction(serviceArea, PolicySettings::getServiceArea, PolicySettings::setServiceArea);
        bindFraction(wholeProvince, PolicySettings::getWholeProvince, PolicySettings::setWholeProvince);
        bindFraction(remoteOnly, PolicySettings::getRemoteOnly, PolicySettings::setRemoteOnly);
        bindFraction(certificateBonus, PolicySettings::getCertificateBonus, PolicySettings::setCertificateBonus);
        bindWhole(minimumLevel, 1, 3, PolicySettings::getMinimumLevel, PolicySettings::setMinimumLevel);
        bindWhole(yearsForFullCredit, 1, 40, PolicySettings::getYearsForFullCredit,
                PolicySettings::setYearsForFullCredit);
        bindWhole(deadline, 1, 30, PolicySettings::getDeadlineWorkingDays, PolicySettings::setDeadlineWorkingDays);
        bindWhole(shown, 1, 20, PolicySettings::getShownCandidates, PolicySettings::setShownCandidates);
        bindWhole(followUp, 1, 36, PolicySettings::getFollowUpMonths, PolicySettings::setFollowUpMonths);
        newExpert.setLabel(getTranslation("policy.form.new-expert"));
        newExpert.setHelperText(getTranslation("policy.form.new-expert.help"));
        newExpert.setStep(0.1);
        newExpert.setStepButtonsVisible(true);
        bindDecimal(newExpert, 1, 5, PolicySettings::getNewExpert, PolicySettings::setNewExpert);
        certificates.setLabel(getTranslation("policy.form.certificates"));
        certificates.setHelperText(getTranslation("policy.form.certificates.help"));
        certificates.setItems(catalogue.items().stream().map(CatalogueItem::code).toList());
        certificates.setItemLabelGenerator(code -> code + " – " + catalogue.itemName(code, getLocale()));
        certificates.setWidthFull();
        binder.forField(certificates).bind(PolicySettings::getCertificateRequiredFor,
                PolicySettings::setCertificateRequiredFor);
        total.addClassName("weight-total");
        add(section("weights", competence, sector, location, language, rating, load), total,
                section("location", sameCommune, serviceArea, wholeProvince, remoteOnly),
                section("competence", minimumLevel, yearsForFullCredit, certificateBonus, newExpert),
                section("certificates", certificates), section("offer", deadline, shown, followUp));
    }

    @Override
    public Component show(String content, boolean editable) {
        settings = PolicySettings.parse(content);
        binder.readBean(settings);
        binder.setReadOnly(!editable);
        showTotal();
        return this;
    }

    @Override
    public Optional<String> write(String content) {
        boolean valid = binder.writeBeanIfValid(settings);
        showTotal();
        if (!valid || Math.abs(settings.weightTotal() - 100) > 0.001) {
            return Optional.empty();
        }
        return Optional.of(settings.writeInto(content));
    }

    @Override
    public boolean hasChanges(String content) {
        PolicySettings typed = PolicySettings.parse(content);
        binder.writeBeanAsDraft(typed, true);
        return !typed.writeInto(content).equals(content);
    }

    private void showTotal() {
        double sum = value(competence) + value(sector) + value(location) + value(language) + value(rating)
                + value(load);
        boolean right = Math.abs(sum - 100) <= 0.001;
        total.setText(getTranslation(right ? "policy.form.total.ok" : "policy.form.total.wrong",
                String.format(Locale.ROOT, "%s", plain(sum))));
        total.removeClassNames("weight-total-ok", "weight-total-wrong");
        total.addClassName(right ? "weight-total-ok" : "weight-total-wrong");
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static double value(NumberField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private Div section(String key, Component... fields) {
        FormLayout layout = new FormLayout(fields);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("56em", 3));
        if (fields.length == 1) {
            layout.setColspan(fields[0], 3);
        }
        Div box = new Div(new H4(getTranslation("policy.form.section." + key)), layout);
        box.addClassName("policy-form-section");
        return box;
    }

    private NumberField weight(String key) {
        NumberField field = new NumberField(getTranslation("policy.form.weight." + key));
        field.setHelperText(getTranslation("policy.form.weight." + key + ".help"));
        field.setStep(1);
        field.setStepButtonsVisible(true);
        field.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        field.addValueChangeListener(e -> showTotal());
        return field;
    }

    private NumberField fraction(String key) {
        NumberField field = new NumberField(getTranslation("policy.form." + key));
        field.setHelperText(getTranslation("policy.form." + key + ".help"));
        field.setStep(0.05);
        field.setStepButtonsVisible(true);
        return field;
    }

    private IntegerField whole(String key, int min, int max) {
        IntegerField field = new IntegerField(getTranslation("policy.form." + key));
        field.setHelperText(getTranslation("policy.form." + key + ".help") + " ("
                + getTranslation("policy.form.range", min, max) + ")");
        field.setStepButtonsVisible(true);
        return field;
    }

    private void bindWeight(NumberField field, ValueProvider<PolicySettings, Double> get,
            Setter<PolicySettings, Double> set) {
        bindDecimal(field, 0, 100, get, set);
    }

    private void bindFraction(NumberField field, ValueProvider<PolicySettings, Double> get,
            Setter<PolicySettings, Double> set) {
        bindDecimal(field, 0, 1, get, set);
    }

    private void bindDecimal(NumberField field, int min, int max, ValueProvider<PolicySettings, Double> get,
            Setter<PolicySettings, Double> set) {
        binder.forField(field).asRequired(getTranslation("policy.form.required"))
                .withValidator(new DoubleRangeValidator(getTranslation("policy.form.range", String.valueOf(min),
                        String.valueOf(max)), (double) min, (double) max))
                .bind(get, set);
    }

    private void bindWhole(IntegerField field, int min, int max, ValueProvider<PolicySettings, Integer> get,
            Setter<PolicySettings, Integer> set) {
        binder.forField(field).asRequired(getTranslation("policy.form.required"))
                .withValidator(new IntegerRangeValidator(getTranslation("policy.form.range", min, max), min, max))
                .bind(get, set);
    }
}
