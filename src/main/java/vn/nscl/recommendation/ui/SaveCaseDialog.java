package vn.nscl.recommendation.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import vn.nscl.catalogue.Catalogue;
import vn.nscl.recommendation.AdviceCase;
import vn.nscl.recommendation.AdviceCaseService;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.FormDialog;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.Notifications;

/**
 * "Lưu làm ca kiểm thử": an officer turns a submitted assessment into an expert test case by saying which items
 * should be among the first five, which programmes should be found, which items must never be recommended, and why
 * each. From then on every dry run of draft rules checks it.
 */
class SaveCaseDialog extends FormDialog {

    /** What the form edits; the reasons are asked per chosen item below the lists. */
    static final class Form {
        private String title = "";
        private Set<String> expected = new LinkedHashSet<>();
        private Set<String> programmes = new LinkedHashSet<>();
        private Set<String> forbidden = new LinkedHashSet<>();

        String getTitle() {
            return title;
        }

        void setTitle(String title) {
            this.title = title;
        }

        Set<String> getExpected() {
            return expected;
        }

        void setExpected(Set<String> expected) {
            this.expected = new LinkedHashSet<>(expected);
        }

        Set<String> getProgrammes() {
            return programmes;
        }

        void setProgrammes(Set<String> programmes) {
            this.programmes = new LinkedHashSet<>(programmes);
        }

        Set<String> getForbidden() {
            return forbidden;
        }

        void setForbidden(Set<String> forbidden) {
            this.forbidden = new LinkedHashSet<>(forbidden);
        }
    }

    final TextField title = new TextField();
    final MultiSelectComboBox<String> expected = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> programmes = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> forbidden = new MultiSelectComboBox<>();
    final Div reasons = new Div();
    final Map<String, TextField> whyFields = new LinkedHashMap<>();
    final Button save = new Button();

    private final transient AdviceCaseService cases;
    private final transient Catalogue catalogue;
    private final long assessmentId;
    private final Binder<Form> binder = new Binder<>(Form.class);
    private final Form form = new Form();

    SaveCaseDialog(AdviceCaseService cases, Catalogue catalogue, long assessmentId, String suggestedTitle,
            List<String> shown) {
        this.cases = cases;
        this.catalogue = catalogue;
        this.assessmentId = assessmentId;
        addClassName("save-case-dialog");
        setHeaderTitle(getTranslation("cases.save.title"));
        List<String> tools = catalogue.items().stream().map(i -> i.code()).toList();
        List<String> programmeCodes = catalogue.programmes().stream().map(p -> p.code()).toList();
        List<String> everything = new ArrayList<>(tools);
        everything.addAll(programmeCodes);

        title.setLabel(getTranslation("cases.save.name"));
        title.setMaxLength(200);
        title.setWidthFull();
        expected.setLabel(getTranslation("cases.save.expected"));
        expected.setItems(tools);
        programmes.setLabel(getTranslation("cases.save.programmes"));
        programmes.setItems(programmeCodes);
        forbidden.setLabel(getTranslation("cases.save.forbidden"));
        forbidden.setItems(everything);
        for (MultiSelectComboBox<String> list : List.of(expected, programmes, forbidden)) {
            list.setItemLabelGenerator(this::name);
            list.setWidthFull();
            list.addValueChangeListener(change -> showReasons());
        }
        binder.forField(title).asRequired(getTranslation("error.required")).bind(Form::getTitle, Form::setTitle);
        binder.forField(expected).bind(Form::getExpected, Form::setExpected);
        binder.forField(programmes).bind(Form::getProgrammes, Form::setProgrammes);
        binder.forField(forbidden).bind(Form::getForbidden, Form::setForbidden);
        form.setTitle(suggestedTitle);
        binder.readBean(form);

        reasons.addClassName("case-reasons");
        Paragraph now = new Paragraph(getTranslation("cases.save.now", String.join(", ",
                shown.stream().map(this::name).toList())));
        now.addClassName("recommendations-note");
        add(new VerticalLayout(new Paragraph(getTranslation("cases.save.help")), now, title, expected, programmes,
                forbidden, reasons));
        save.setText(getTranslation("cases.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
        setWidth("min(48rem, 100vw)");
    }

    /** One "why" field per chosen item, keeping what was already typed. */
    private void showReasons() {
        Map<String, String> typed = new HashMap<>();
        whyFields.forEach((code, field) -> typed.put(code, field.getValue()));
        whyFields.clear();
        reasons.removeAll();
        Set<String> chosen = new LinkedHashSet<>(expected.getValue());
        chosen.addAll(programmes.getValue());
        chosen.addAll(forbidden.getValue());
        for (String code : chosen) {
            TextField why = new TextField(getTranslation(forbidden.getValue().contains(code) ? "cases.save.why-not"
                    : "cases.save.why", name(code)));
            why.setMaxLength(AdviceCaseService.WHY_MAX_LENGTH);
            why.setWidthFull();
            why.setValue(typed.getOrDefault(code, ""));
            whyFields.put(code, why);
            reasons.add(why);
        }
    }

    void save() {
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        Map<String, HasValidation> fields = new HashMap<>(Map.of("title", title, "expected", expected,
                "expectedProgrammes", programmes, "forbidden", forbidden));
        whyFields.forEach((code, field) -> fields.put("why-" + code, field));
        try {
            cases.saveFromAssessment(assessmentId, new AdviceCaseService.NewCase(form.getTitle(),
                    expectations(form.getExpected()), expectations(form.getProgrammes()),
                    expectations(form.getForbidden())));
        } catch (UserFacingException problem) {
            FormProblems.show(this, problem, fields);
            return;
        }
        Notifications.success(getTranslation("cases.saved"));
        close();
    }

    private List<AdviceCase.Expectation> expectations(Set<String> codes) {
        return codes.stream().map(code -> new AdviceCase.Expectation(code,
                whyFields.containsKey(code) ? whyFields.get(code).getValue() : "")).toList();
    }

    private String name(String code) {
        return catalogue.item(code).map(item -> item.name(getLocale()))
                .orElseGet(() -> getTranslation("rules.programme", code) + " · "
                        + catalogue.programmeName(code, getLocale()));
    }
}
