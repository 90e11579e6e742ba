package vn.nscl.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.component.UI;

import vn.nscl.testsupport.KaribuTest;

/**
 * Another enterprise's assessment, one that does not exist, an address with letters for a number and a page the role
 * may not open: each gets the same "không tìm thấy hoặc không có quyền", with nothing of the reason in the page.
 */
class NotAvailablePagesTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hidden_missing_malformed_and_forbidden_addresses_read_the_same() {
        long another = jdbc.queryForObject("select a.id from assessment a join enterprise e on e.id = a.enterprise_id "
                + "where e.enterprise_code = '3200523456' and a.status = 'SUBMITTED' fetch first 1 rows only",
                Long.class);
        signInAs("enterprise@example.com");
        for (String address : List.of("assessment/" + another + "/results", "assessment/987654321/results",
                "assessment/abc/results", "admin/accounts", "khong-co-trang-nay")) {
            UI.getCurrent().navigate(address);
            String page = UI.getCurrent().getElement().getTextRecursively();
            assertThat(_get(NotAvailable.class).getElement().getTextRecursively()).as(address)
                    .contains("Không tìm thấy hoặc không có quyền");
            assertThat(page).as(address).doesNotContain("Exception").doesNotContain("not visible")
                    .doesNotContain(String.valueOf(another)).doesNotContain("vn.nscl");
        }
    }
}
