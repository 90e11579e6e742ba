package vn.nscl.rulebase;

import java.io.ByteArrayInputStream;
import java.util.Optional;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

import vn.nscl.shared.ZipArchives;

/**
 * Turns a decision-table workbook into the DRL it stands for, so that the safety check reads exactly what Drools will
 * compile. The workbook is checked as an archive first: a ZIP bomb is refused before Apache POI inflates anything.
 */
final class DecisionTables {

    /** The DRL of a workbook, or why it could not be read. */
    record Converted(String drl, String problemVi, String problemEn, String technical) {

        boolean ok() {
            return drl != null;
        }
    }

    private DecisionTables() {
    }

    static Converted toDrl(byte[] workbook) {
        Optional<ZipArchives.Refusal> refusal = ZipArchives.verifyInflation(workbook, ZipArchives.OFFICE);
        if (refusal.isPresent()) {
            return new Converted(null, "Tệp bảng quyết định không phải là tệp Excel (.xlsx) hợp lệ hoặc quá lớn khi "
                    + "giải nén (" + refusal.get() + "): hãy lưu lại bằng Excel và tải lên lại.",
                    "The decision table is not a valid Excel workbook or too large once unpacked.", "");
        }
        try {
            return new Converted(new SpreadsheetCompiler().compile(new ByteArrayInputStream(workbook),
                    InputType.XLS), null, null, null);
        } catch (RuntimeException e) {
            return new Converted(null, "Không đọc được bảng quyết định: kiểm tra các ô RuleSet, RuleTable, CONDITION, "
                    + "ACTION (xem rules/README.md).", "The decision table cannot be read: check the cells RuleSet, "
                    + "RuleTable, CONDITION, ACTION (see rules/README.md).", RuleErrorHints.firstLine(e.getMessage()));
        }
    }
}
