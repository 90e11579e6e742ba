package vn.nscl.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nscl.shared.UserFacingException;

/** Uploaded files: content checked against the name, safe names, size limit, corruption detected on read. */
@SpringBootTest
class FileStoreTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII);
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

    static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
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

        jdbc.update("update stored_file set content = ? where id = ?", "%PDF-1.7\n2 0 obj".getBytes(), ref.id());
        assertThatThrownBy(() -> transaction.execute(s -> files.read(ref.id())))
                .hasMessageContaining("files.error.corrupt");
    }
}
