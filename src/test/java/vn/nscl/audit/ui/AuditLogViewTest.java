package vn.nscl.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;

import vn.nscl.audit.AuditLog;
import vn.nscl.testsupport.KaribuTest;

/** The administrator's audit log: a page at a time, counted when filtered by action, not counted for a text. */
class AuditLogViewTest extends KaribuTest {

    @Autowired
    AuditLog audit;

    @Test
    void an_administrator_finds_an_entry_by_a_word_of_it_in_any_case_and_by_its_action() {
        String marker = "tim-kiem-" + UUID.randomUUID();
        signInAs("admin@example.com");
        audit.record("TEST_ACTION", "thing", 7, "Ghi chú " + marker);
        UI.getCurrent().navigate("admin/audit");
        AuditLogView view = _get(AuditLogView.class);

        view.text.setValue(marker.toUpperCase());
        assertThat(GridKt._get(view.grid, 0).details()).contains(marker);
        assertThat(GridKt._fetch(view.grid, 0, 50)).hasSize(1);

        view.text.setValue("không-có-" + UUID.randomUUID());
        assertThat(GridKt._fetch(view.grid, 0, 50)).isEmpty();

        view.text.clear();
        view.action.setValue("TEST_ACTION");
        assertThat(GridKt._size(view.grid)).isPositive();
        assertThat(GridKt._fetch(view.grid, 0, 50)).allSatisfy(e -> assertThat(e.action()).isEqualTo("TEST_ACTION"));
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void every_kind_of_record_in_the_log_is_named_in_words() {
        // The demo data touches every module: whatever kinds of record it logged must read as words, not codes.
        java.util.List<String> types = jdbc.queryForList("select distinct target_type from audit_event where "
                + "target_type is not null and target_type <> 'thing'", String.class); // 'thing': tests' own
        assertThat(types).hasSizeGreaterThan(5);
        signInAs("admin@example.com");
        UI.getCurrent().navigate("admin/audit");
        AuditLogView view = _get(AuditLogView.class);
        assertThat(types).allSatisfy(type -> assertThat(view.getTranslation("audit.target." + type)).as(type)
                .doesNotStartWith("!").isNotEqualTo("audit.target." + type));
    }

    @Autowired
    vn.nscl.audit.AuditExport exports;

    /** The filtered log downloads as a workbook: a real date cell, the action in words, the export itself logged. */
    @Test
    void the_filtered_log_downloads_as_a_workbook_in_words_and_the_download_is_logged() throws Exception {
        String marker = "xuat-" + UUID.randomUUID();
        signInAs("admin@example.com");
        audit.record("ENTERPRISE_VERIFIED", "enterprise", 42, "Kiểm tra " + marker);
        UI.getCurrent().navigate("admin/audit");
        AuditLogView view = _get(AuditLogView.class);
        view.text.setValue(marker);
        assertThat(view.export.getElement().getTextRecursively()).contains("Tải nhật ký (Excel)");
        byte[] xlsx = exports.xlsx(new vn.nscl.audit.AuditQuery(marker, null, null, null),
                java.util.Locale.forLanguageTag("vi"));
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            var row = sheet.getRow(1);
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(row.getCell(0))).isTrue();
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Xác minh doanh nghiệp");
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Doanh nghiệp #42");
            assertThat(row.getCell(5).getStringCellValue()).contains(marker);
        }
        view.text.setValue("");
        view.action.setValue("AUDIT_EXPORTED");
        assertThat(GridKt._get(view.grid, 0).details()).isEqualTo("1 dòng");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> testEnterprises.as("officer@example.com",
                () -> exports.xlsx(vn.nscl.audit.AuditQuery.all(), java.util.Locale.forLanguageTag("vi"))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Autowired
    vn.nscl.testsupport.TestEnterprises testEnterprises;
}
