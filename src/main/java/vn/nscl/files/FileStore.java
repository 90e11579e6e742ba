package vn.nscl.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.shared.SignedIn;
import vn.nscl.shared.UserFacingException;

/**
 * Stores and returns uploaded files. It does not decide who may see a file: the owning module's service checks
 * access to its record (a certificate, an engagement) first, and views never call this directly.
 */
@Component
public class FileStore {

    /** The largest file any form accepts (the web server's multipart limit matches). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final int NAME_MAX_LENGTH = 120;
    private static final Logger log = LoggerFactory.getLogger(FileStore.class);

    private final StoredFileRepository files;
    private final Clock clock;

    FileStore(StoredFileRepository files, Clock clock) {
        this.files = files;
        this.clock = clock;
    }

    /**
     * Keeps a file when its content is one of the allowed kinds. A file whose name claims another kind than its
     * content (a program renamed to .pdf) is refused; the stored name is made safe and gets the right extension.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredFileRef store(String originalName, byte[] content, Set<FileKind> allowed) {
        if (content == null || content.length == 0) {
            throw new UserFacingException("files.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new UserFacingException("files.error.too-large", MAX_BYTES / (1024 * 1024));
        }
        String allowedList = allowed.stream().map(k -> k.extension().toUpperCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        FileKind kind = FileKind.detect(content).filter(allowed::contains)
                .orElseThrow(() -> new UserFacingException("files.error.kind", allowedList));
        String claimed = extensionOf(originalName);
        boolean sameKind = claimed.equals(kind.extension()) || kind == FileKind.JPEG && claimed.equals("jpeg");
        if (!claimed.isEmpty() && !sameKind) {
            throw new UserFacingException("files.error.disguised", claimed.toUpperCase(Locale.ROOT),
                    kind.extension().toUpperCase(Locale.ROOT));
        }
        Optional<String> active = ActiveContent.find(kind, content);
        if (active.isPresent()) {
            log.warn("Upload refused: {} with active content ({})", kind, active.get());
            throw new UserFacingException("files.error.active-content", kind.extension().toUpperCase(Locale.ROOT));
        }
        StoredFile stored = files.save(new StoredFile(safeName(originalName, kind), kind, content, sha256(content),
                clock.instant(), SignedIn.actor()));
        return stored.toRef();
    }

    /** A stored file's name, type and size (not its content). */
    @Transactional(readOnly = true)
    public StoredFileRef describe(long fileId) {
        return files.describe(fileId).orElseThrow(() -> new UserFacingException("error.not-found"));
    }

    /** The content; a file that no longer matches its checksum is reported, never served. */
    @Transactional(readOnly = true)
    public FileDownload read(long fileId) {
        StoredFile file = find(fileId);
        byte[] content = file.getContent();
        if (!sha256(content).equals(file.getSha256())) {
            log.error("Stored file {} does not match its checksum", fileId);
            throw new UserFacingException("files.error.corrupt");
        }
        StoredFileRef ref = file.toRef();
        return new FileDownload(ref.fileName(), ref.mediaType(), content);
    }

    /** Removes a file whose record is gone (a withdrawn certificate, erased personal data). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void delete(long fileId) {
        files.deleteById(fileId);
    }

    private StoredFile find(long fileId) {
        return files.findById(fileId).orElseThrow(() -> new UserFacingException("error.not-found"));
    }

    /** Keeps letters (Vietnamese included), digits, spaces, dots, dashes and underscores; no path, no control chars. */
    static String safeName(String originalName, FileKind kind) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        base = base.replaceAll("[^\\p{L}\\p{N} ._-]", "_").replaceAll("\\s+", " ").replaceAll("^[ ._]+", "").strip();
        if (base.isEmpty()) {
            base = "tep";
        }
        int max = NAME_MAX_LENGTH - kind.extension().length() - 1;
        if (base.length() > max) {
            base = base.substring(0, max).strip();
        }
        return base + "." + kind.extension();
    }

    private static String extensionOf(String name) {
        if (name == null) {
            return "";
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
