package vn.nscl.files;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;

import vn.nscl.shared.ZipArchives;

/**
 * Refuses files that carry something that runs or hides when opened: a PDF with JavaScript, launch actions, embedded
 * files, rich media or XFA forms; an office file with macros, ActiveX controls, embedded objects or links to other
 * workbooks. Officers open these files on their own computers; a certificate scan or a report needs none of it.
 */
final class ActiveContent {

    /** PDF dictionary keys and action types that run or carry something. */
    private static final Set<COSName> PDF_KEYS = Set.of(COSName.JS, COSName.JAVA_SCRIPT, COSName.EMBEDDED_FILES,
            COSName.getPDFName("EmbeddedFile"), COSName.getPDFName("RichMedia"), COSName.getPDFName("XFA"));
    private static final Set<String> PDF_ACTIONS = Set.of("JavaScript", "Launch", "ImportData", "RichMediaExecute",
            "SubmitForm");
    private static final Pattern OFFICE_PARTS = Pattern.compile(
            "(?i).*(vbaproject\\.bin|vbadata\\.xml|/activex/|/embeddings/|externallinks/|/attachedtemplate).*");

    private ActiveContent() {
    }

    /** What active content the file holds (a short name for the log), or empty when it holds none. */
    static Optional<String> find(FileKind kind, byte[] content) {
        return switch (kind) {
            case PDF -> pdf(content);
            case DOCX, XLSX -> office(content);
            default -> Optional.empty();
        };
    }

    private static Optional<String> office(byte[] content) {
        ZipArchives.Inspection inspection = ZipArchives.inspect(content, ZipArchives.OFFICE);
        if (!inspection.ok()) {
            return Optional.of("archive " + inspection.refusal());
        }
        return inspection.names().stream().filter(name -> OFFICE_PARTS.matcher("/" + name).matches()).findFirst();
    }

    /** Every object of the PDF, those packed in object streams too, is looked at. */
    private static Optional<String> pdf(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
                COSObject object = document.getDocument().getObjectFromPool(key);
                COSBase value = object == null ? null : object.getObject();
                if (value instanceof COSDictionary dictionary) {
                    Optional<String> found = activeEntry(dictionary);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            if (catalog.containsKey(COSName.OPEN_ACTION) || catalog.containsKey(COSName.AA)) {
                return Optional.of("open action");
            }
            return Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.of("unreadable PDF");
        }
    }

    private static Optional<String> activeEntry(COSDictionary dictionary) {
        for (COSName key : dictionary.keySet()) {
            if (PDF_KEYS.contains(key)) {
                return Optional.of(key.getName().toLowerCase(Locale.ROOT));
            }
        }
        COSName action = dictionary.getCOSName(COSName.S);
        if (action != null && PDF_ACTIONS.contains(action.getName())) {
            return Optional.of(action.getName());
        }
        return Optional.empty();
    }
}
