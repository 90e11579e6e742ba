package vn.nscl.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.shared.SpreadsheetText;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.TranslationProvider;

/**
 * The audit log as the administrator filtered it, as a workbook for an inspection or the archive: a real date cell
 * and the time, who, the action and the record in the reader's language, the details and the address. At most the
 * newest {@link #MAX_ROWS} entries (a narrower filter gives the rest); the export itself is audited.
 */
@Service
public class AuditExport {

    public static final int MAX_ROWS = 10_000;
    static final String AUDIT_EXPORTED = "AUDIT_EXPORTED";
    private static final int PAGE = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final AuditLog audit;
    private final TranslationProvider translations;
    private final AuditLabels labels;

    AuditExport(AuditLog audit, TranslationProvider translations, AuditLabels labels) {
        this.audit = audit;
        this.translations = translations;
        this.labels = labels;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional // not read-only: the export is recorded in the log it exports
    public byte[] xlsx(AuditQuery query, Locale locale) {
        List<AuditEntry> entries = new ArrayList<>();
        for (int page = 0; entries.size() < MAX_ROWS; page++) {
            List<AuditEntry> next = audit.search(query, PageRequest.of(page, PAGE)).getContent();
            entries.addAll(next.subList(0, Math.min(next.size(), MAX_ROWS - entries.size())));
            if (next.size() < PAGE) {
                break;
            }
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SpreadsheetText.Cells cells = new SpreadsheetText.Cells(workbook);
            Sheet sheet = workbook.createSheet(t(locale, "audit.export.sheet"));
            cells.header(sheet, List.of(t(locale, "audit.export.day"), t(locale, "audit.export.time"),
                    t(locale, "audit.actor"), t(locale, "audit.action"), t(locale, "audit.target"),
                    t(locale, "audit.details"), t(locale, "audit.ip")), 12, 10, 30, 36, 24, 60, 16);
            int r = 1;
            for (AuditEntry entry : entries) {
                ZonedDateTime at = entry.occurredAt().atZone(Formats.VIETNAM);
                Row row = sheet.createRow(r++);
                cells.date(row, 0, at.toLocalDate());
                cells.text(row, 1, TIME.format(at));
                cells.text(row, 2, entry.actorEmail() == null ? "" : entry.actorEmail());
                cells.text(row, 3, labels.action(entry.action(), locale));
                cells.text(row, 4, labels.target(entry, locale));
                cells.text(row, 5, entry.details() == null ? "" : entry.details());
                cells.text(row, 6, entry.ipAddress() == null ? "" : entry.ipAddress());
            }
            workbook.write(out);
            audit.record(AUDIT_EXPORTED, "audit", null, entries.size() + " dòng");
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String t(Locale locale, String key) {
        return translations.getTranslation(key, locale);
    }
}
