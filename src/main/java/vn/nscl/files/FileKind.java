package vn.nscl.files;

import java.util.Arrays;
import java.util.Optional;

import vn.nscl.shared.ZipArchives;

/** The kinds of file the platform accepts, each recognised by its content rather than by its name. */
public enum FileKind {
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    JPEG("jpg", "image/jpeg"),
    PNG("png", "image/png");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String extension;
    private final String mediaType;

    FileKind(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** What the content really is, whatever the file is called. */
    static Optional<FileKind> detect(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return officeKind(content);
        }
        return Optional.empty();
    }

    /**
     * An office file tells what it is by its parts' names, read from the archive's central directory: nothing is
     * inflated, so a ZIP bomb costs no more than an honest file (too many entries or a suspicious compression ratio
     * and it is no office file at all).
     */
    private static Optional<FileKind> officeKind(byte[] content) {
        ZipArchives.Inspection inspection = ZipArchives.inspect(content, ZipArchives.OFFICE);
        if (!inspection.ok()) {
            return Optional.empty();
        }
        if (inspection.names().contains("word/document.xml")) {
            return Optional.of(DOCX);
        }
        if (inspection.names().contains("xl/workbook.xml")) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
