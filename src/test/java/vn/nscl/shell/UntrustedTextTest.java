package vn.nscl.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

import vn.nscl.enterprise.EnterpriseRegistration;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.testsupport.KaribuTest;

class UntrustedTextTest extends KaribuTest {

    @Autowired
    EnterpriseService enterprises;

    @Test
    void html_typed_into_a_name_is_shown_as_text_never_as_markup() {
        String email = "xss-" + UUID.randomUUID() + "@example.vn";
        String name = "<script>alert('xss')</script><b>Cơ sở</b>";
        enterprises.register(new EnterpriseRegistration(name,
                String.valueOf(3_600_000_000L + (long) (Math.random() * 9e7)), EnterpriseType.ENTERPRISE, "19333",
                "<img src=x onerror=alert(1)>", email, "0905123459", "ten-co-the-chua-html", Locale.ENGLISH));
        signInAs(email);
        UI.getCurrent().navigate("home");

        Span shown = _find(Span.class).stream().filter(s -> name.equals(s.getText())).findFirst().orElseThrow();
        assertThat(shown.getElement().getChildCount()).isEqualTo(1);
        assertThat(shown.getElement().getChild(0).isTextNode()).as("a text node, no elements parsed from it").isTrue();
        assertThat(shown.getElement().getProperty("innerHTML")).isNull();
    }
}
