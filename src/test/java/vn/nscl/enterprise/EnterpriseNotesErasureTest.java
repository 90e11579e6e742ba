package vn.nscl.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;
import vn.nscl.security.PersonalDataService;
import vn.nscl.shared.SystemTask;
import vn.nscl.testsupport.TestEnterprises;
import vn.nscl.testsupport.TestErasures;
import vn.nscl.testsupport.TestOfficers;

/**
 * DOST's internal notes and the erasure of personal data: an erased owner's name and e-mail leave the notes on their
 * business (the notes stay, as DOST's record of the visit); an erased officer's notes are signed by the pseudonym,
 * and before that the officer's export lists them.
 */
@SpringBootTest
class EnterpriseNotesErasureTest {

    private static final String ADMIN = "admin@example.com";

    @Autowired
    PersonalDataService personalData;

    @Autowired
    TestErasures erasures;

    @Autowired
    EnterpriseService enterprises;

    @Autowired
    EnterpriseNotes notes;

    @Autowired
    TestOfficers officers;

    @Autowired
    TestEnterprises as;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_erased_owners_name_and_email_leave_dosts_notes_on_their_business() {
        String email = "ho-" + UUID.randomUUID() + "@example.vn";
        long enterpriseId = SystemTask.run(() -> enterprises.register(new EnterpriseRegistration(
                "Hộ kinh doanh Hoàng Văn Tèo", TestEnterprises.freshCode(EnterpriseType.HOUSEHOLD),
                EnterpriseType.HOUSEHOLD, "19495", "Hoàng Văn Tèo", email, "0905 777 999", "bau-troi-xanh-ngat-2026",
                Locale.forLanguageTag("vi")))).enterpriseId();
        long accountId = jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
        long noteId = as.as(ADMIN, () -> notes.write(enterpriseId, "Gặp anh Hoàng Văn Tèo tại xưởng; hẹn gửi bảng "
                + "giá qua " + email + ". Cần hỗ trợ 5S.")).id();

        erasures.eraseOnRequest(email, accountId);

        String body = jdbc.queryForObject("select body from enterprise_note where id = ?", String.class, noteId);
        assertThat(body).doesNotContain("Hoàng Văn Tèo").doesNotContain(email)
                .contains("erased-" + accountId).contains("Cần hỗ trợ 5S.");
    }

    @Test
    void an_erased_officers_notes_stay_signed_by_the_pseudonym_and_were_in_their_export() throws Exception {
        String name = "Đinh Thị Ghi Chú";
        TestOfficers.Officer officer = officers.named(name);
        String email = officer.email();
        long accountId = officer.accountId();
        long enterpriseId = as.create("C", false, EnterpriseType.ENTERPRISE).id();
        long noteId = as.as(email, () -> notes.write(enterpriseId, "Đã gọi điện, doanh nghiệp hẹn tuần sau.")).id();

        String export = new String(as.as(email, () -> personalData.exportMine()), StandardCharsets.UTF_8);
        assertThat(JsonMapper.builder().build().readTree(export).get("enterprise").get("notesWritten").toString())
                .contains("Đã gọi điện, doanh nghiệp hẹn tuần sau.");

        erasures.eraseOnRequest(email, accountId);

        assertThat(jdbc.queryForObject("select written_by from enterprise_note where id = ?", String.class, noteId))
                .isEqualTo("erased-" + accountId);
        assertThat(jdbc.queryForObject("select count(*) from enterprise_note where written_by = ?", Integer.class,
                name)).isZero();
    }

    @Test
    void two_officers_with_the_same_name_keep_their_own_notes_apart_in_the_export_and_the_erasure() throws Exception {
        String sharedName = "Nguyễn Văn An";
        TestOfficers.Officer leaving = officers.named(sharedName);
        TestOfficers.Officer staying = officers.named(sharedName);
        long enterpriseId = as.create("C", false, EnterpriseType.ENTERPRISE).id();
        long leavingNote = as.as(leaving.email(), () -> notes.write(enterpriseId, "Ghi chú của cán bộ nghỉ việc.")).id();
        long stayingNote = as.as(staying.email(), () -> notes.write(enterpriseId, "Ghi chú của cán bộ ở lại.")).id();

        String export = new String(as.as(leaving.email(), () -> personalData.exportMine()), StandardCharsets.UTF_8);
        String notesInExport = JsonMapper.builder().build().readTree(export).get("enterprise").get("notesWritten")
                .toString();
        assertThat(notesInExport).contains("Ghi chú của cán bộ nghỉ việc.").doesNotContain("cán bộ ở lại");

        erasures.eraseOnRequest(leaving.email(), leaving.accountId());

        assertThat(jdbc.queryForObject("select written_by from enterprise_note where id = ?", String.class,
                leavingNote)).isEqualTo("erased-" + leaving.accountId());
        assertThat(jdbc.queryForObject("select written_by from enterprise_note where id = ?", String.class,
                stayingNote)).isEqualTo(sharedName);
    }
}
