package vn.nscl.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;

import vn.nscl.testsupport.KaribuTest;

/** The public showcase shows a consenting model enterprise's before and after; the enterprise can withdraw. */
class ShowcaseScreenTest extends KaribuTest {

    static final String MODEL = "Công ty Cổ phần Chế biến gỗ Quảng Trị";

    @Test
    void anyone_sees_the_model_enterprise_and_it_can_hide_itself_again() {
        UI.getCurrent().navigate("showcase");
        ShowcaseView anonymous = _get(ShowcaseView.class);
        assertThat(cardTitles(anonymous.entries)).contains(MODEL);
        assertThat(anonymous.entries.getElement().getTextRecursively()).contains("Chỉ số năng suất chất lượng");
        assertThat(anonymous.entries.getElement().toString()).contains("<svg");
        assertThat(_find(anonymous, Checkbox.class)).isEmpty();

        signInAs("go.quangtri@example.com");
        UI.getCurrent().navigate("home");
        UI.getCurrent().navigate("showcase");
        ShowcaseView mine = _get(ShowcaseView.class);
        Checkbox consent = _find(mine, Checkbox.class).getFirst();
        assertThat(consent.getValue()).isTrue();
        consent.setValue(false);
        assertThat(cardTitles(mine.entries)).doesNotContain(MODEL);
        consent.setValue(true);
        assertThat(cardTitles(mine.entries)).contains(MODEL);

        signInAs("caphe.khesanh@example.com");
        UI.getCurrent().navigate("home");
        UI.getCurrent().navigate("showcase");
        assertThat(_find(_get(ShowcaseView.class), Checkbox.class)).as("not a model enterprise").isEmpty();
    }
}
