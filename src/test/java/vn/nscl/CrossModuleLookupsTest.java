package vn.nscl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.expert.ExpertDirectory;
import vn.nscl.security.AccountService;
import vn.nscl.security.ColleagueAccounts;
import vn.nscl.testsupport.TestEnterprises;

/**
 * The look-ups modules share (an enterprise's name, experts' records and contacts, accounts' contacts) give nothing
 * to an enterprise, an expert or a partner agency asking for somebody else's record: only staff ask them directly,
 * and other modules ask on the platform's behalf after checking the caller may see the record it belongs to.
 */
@SpringBootTest
class CrossModuleLookupsTest {

    @Autowired
    EnterpriseService enterprises;

    @Autowired
    ExpertDirectory experts;

    @Autowired
    AccountService accounts;

    @Autowired
    ColleagueAccounts colleagues;

    @Autowired
    TestEnterprises as;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @ParameterizedTest
    @ValueSource(strings = {"enterprise@example.com", "expert@example.com", "partner@example.com"})
    void other_parties_records_stay_closed_to_a_non_staff_caller(String caller) {
        long someoneElsesEnterprise = jdbc.queryForObject("select min(e.id) from enterprise e join user_account a on "
                + "a.id = e.account_id where a.email <> ?", Long.class, caller);
        long anExpert = jdbc.queryForObject("select min(id) from expert where email <> ?", Long.class, caller);
        long anOfficer = accountOf("officer@example.com");

        assertThatThrownBy(() -> as.as(caller, () -> enterprises.nameOf(someoneElsesEnterprise)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.as(caller, () -> experts.byIds(List.of(anExpert))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.as(caller, () -> experts.contactForEngagement(anExpert)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.as(caller, () -> experts.lockCapacity(anExpert)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.as(caller, () -> accounts.contact(anOfficer)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.as(caller, () -> colleagues.describe(List.of(anOfficer))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staff_still_read_them() {
        long anExpert = jdbc.queryForObject("select min(id) from expert", Long.class);
        assertThat(as.as("officer@example.com", () -> experts.byIds(List.of(anExpert)))).containsKey(anExpert);
        assertThat(as.as("officer@example.com", () -> accounts.contact(accountOf("admin@example.com"))))
                .hasValueSatisfying(contact -> assertThat(contact.email()).isEqualTo("admin@example.com"));
    }

    @Test
    void an_enterprise_cannot_close_a_dost_or_expert_login_as_if_it_were_a_colleagues() {
        for (String account : List.of("officer@example.com", "expert@example.com")) {
            long id = accountOf(account);
            assertThatThrownBy(() -> as.run("enterprise@example.com",
                    () -> transaction.executeWithoutResult(status -> colleagues.disable(id))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, id))
                    .as(account).isTrue();
        }
    }

    private long accountOf(String email) {
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
    }
}
