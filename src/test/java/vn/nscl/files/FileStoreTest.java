package vn.nscl.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nscl.shared.UserFacingException;
import vn.nscl.testsupport.TestFiles;

/** Uploaded files: content checked against the name, safe names, size limit, corruption detected on read. */
@SpringBootTest
class FileStoreTest {

    static final byte[] PDF = TestFiles.pdf("giay chung nhan");
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};

    @Autowired
    FileStore files;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    StoredFileRef store(String name, byte[] content, Set<FileKind> kinds) {
        return transaction.execute(s -> files.store(name, content, kinds));
    }

    @Test
    void files_are_recognised_by_content_and_office_files_by_their_parts() throws IOException {
        assertThat(FileKind.detect(PDF)).contains(FileKind.PDF);
        assertThat(FileKind.detect(PNG)).contains(FileKind.PNG);
        assertThat(FileKind.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).contains(FileKind.JPEG);
        assertThat(FileKind.detect(zip("word/document.xml"))).contains(FileKind.DOCX);
        assertThat(FileKind.detect(zip("xl/workbook.xml"))).contains(FileKind.XLSX);
        assertThat(FileKind.detect(zip("other.txt"))).as("a plain ZIP is none of them").isEmpty();
        assertThat(FileKind.detect("MZ\u0090\u0000 program".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
    }

    @Test
    void a_disguised_or_unexpected_file_is_refused_with_what_it_really_is() throws IOException {
        assertThatThrownBy(() -> store("bao-cao.pdf", PNG, Set.of(FileKind.PDF, FileKind.PNG)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("files.error.disguised");
                    assertThat(e.args()).containsExactly("PDF", "PNG");
                });
        assertThatThrownBy(() -> store("virus.pdf", "MZ program".getBytes(StandardCharsets.US_ASCII),
                Set.of(FileKind.PDF))).hasMessageContaining("files.error.kind");
        byte[] docx = zip("word/document.xml");
        assertThatThrownBy(() -> store("bao-cao.docx", docx, Set.of(FileKind.PDF)))
                .hasMessageContaining("files.error.kind");
        assertThatThrownBy(() -> store("trong.pdf", new byte[0], Set.of(FileKind.PDF)))
                .hasMessageContaining("files.error.empty");
        byte[] huge = new byte[FileStore.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        assertThatThrownBy(() -> store("lon.pdf", huge, Set.of(FileKind.PDF)))
                .hasMessageContaining("files.error.too-large");
    }

    @Test
    void names_lose_paths_and_odd_characters_and_get_the_right_extension() {
        assertThat(FileStore.safeName("C:\\Users\\a\\..\\Báo cáo <cuối>.pdf", FileKind.PDF))
                .isEqualTo("Báo cáo _cuối_.pdf");
        assertThat(FileStore.safeName("../../etc/passwd", FileKind.PDF)).isEqualTo("passwd.pdf");
        assertThat(FileStore.safeName("...", FileKind.PNG)).isEqualTo("tep.png");
        assertThat(FileStore.safeName("a".repeat(300) + ".pdf", FileKind.PDF)).hasSizeLessThanOrEqualTo(120);
        assertThat(store("anh chup", PNG, Set.of(FileKind.PNG)).fileName()).isEqualTo("anh chup.png");
    }

    @Test
    void a_stored_file_reads_back_and_a_corrupted_one_is_reported_not_served() {
        StoredFileRef ref = store("giay-chung-nhan.pdf", PDF, Set.of(FileKind.PDF));
        assertThat(transaction.execute(s -> files.read(ref.id())).content()).isEqualTo(PDF);
        assertThat(transaction.execute(s -> files.describe(ref.id())).sizeBytes()).isEqualTo(PDF.length);

        jdbc.update("update stored_file set content = ? where id = ?", TestFiles.pdf("sua doi"), ref.id());
        assertThatThrownBy(() -> transaction.execute(s -> files.read(ref.id())))
                .hasMessageContaining("files.error.corrupt");
    }

    @Test
    void a_pdf_that_runs_javascript_launches_programs_or_carries_files_is_refused() throws IOException {
        for (byte[] active : List.of(pdfOpening(new PDActionJavaScript("app.alert('x')")), pdfOpening(launch()),
                pdfWithEmbeddedFile())) {
            assertThatThrownBy(() -> store("giay-chung-nhan.pdf", active, Set.of(FileKind.PDF)))
                    .hasMessageContaining("files.error.active-content");
        }
        assertThat(store("giay-chung-nhan.pdf", PDF, Set.of(FileKind.PDF)).id()).isPositive();
    }

    @Test
    void an_office_file_with_macros_embedded_objects_or_external_links_is_refused() throws IOException {
        for (String part : List.of("word/vbaProject.bin", "word/embeddings/oleObject1.bin",
                "xl/externalLinks/externalLink1.xml", "xl/activeX/activeX1.xml")) {
            byte[] office = zip(part.startsWith("word") ? "word/document.xml" : "xl/workbook.xml", part);
            assertThatThrownBy(() -> store("ho-so." + (part.startsWith("word") ? "docx" : "xlsx"), office,
                    Set.of(FileKind.DOCX, FileKind.XLSX))).as(part)
                    .hasMessageContaining("files.error.active-content");
        }
    }

    @Test
    void a_zip_bomb_posing_as_a_workbook_is_refused_quickly_without_inflating_it() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            for (int entry = 0; entry < 3; entry++) {
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + entry + ".xml"));
                byte[] zeros = new byte[1024 * 1024];
                for (int i = 0; i < 400; i++) {
                    zip.write(zeros);
                }
            }
        }
        byte[] bomb = bytes.toByteArray();
        assertThat(bomb.length).as("about 4 MB").isLessThan(5_000_000);
        long started = System.nanoTime();
        assertThatThrownBy(() -> store("bang-tinh.xlsx", bomb, Set.of(FileKind.XLSX)))
                .hasMessageContaining("files.error.kind");
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds, not seconds").isLessThan(1_000);
    }

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    private static PDActionLaunch launch() {
        PDActionLaunch launch = new PDActionLaunch();
        launch.setFile(new org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification(
                new org.apache.pdfbox.cos.COSString("calc.exe")));
        return launch;
    }

    private static byte[] pdfOpening(org.apache.pdfbox.pdmodel.interactive.action.PDAction action)
            throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.getDocumentCatalog().setOpenAction(action);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] pdfWithEmbeddedFile() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            PDEmbeddedFile file = new PDEmbeddedFile(document, new java.io.ByteArrayInputStream(
                    "MZ program".getBytes(StandardCharsets.US_ASCII)));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("chuong-trinh.exe");
            spec.setEmbeddedFile(file);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(java.util.Map.of("chuong-trinh.exe", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            document.getDocumentCatalog().setNames(names);
            document.save(out);
            return out.toByteArray();
        }
    }
}
