package vn.nscl.shared;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Looks inside a ZIP archive (an office file, a rule workbook) without trusting it: the central directory is read
 * first and the archive refused when it has too many entries or declares too much uncompressed data or a suspicious
 * compression ratio; then each entry is inflated only up to its declared size and the limits, so an archive that
 * lies about its sizes is stopped after a bounded amount of work. Nothing is inflated for a refused archive.
 */
public final class ZipArchives {

    /** Small entries may compress very well (repeated XML); the ratio only matters past this size. */
    private static final long RATIO_FREE_BYTES = 1024 * 1024;

    /** Limits for office files and workbooks uploaded by users. */
    public static final Limits OFFICE = new Limits(1_000, 20L * 1024 * 1024, 60L * 1024 * 1024, 100);

    /** Why an archive was refused. */
    public enum Refusal { NOT_AN_ARCHIVE, TOO_MANY_ENTRIES, TOO_LARGE, SUSPICIOUS_RATIO }

    /**
     * @param maxEntries entries an archive may have
     * @param maxEntryBytes uncompressed bytes one entry may have
     * @param maxTotalBytes uncompressed bytes all entries together may have
     * @param maxRatio how many times larger than its compressed size an entry may be
     */
    public record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {
    }

    /** The names of an archive's entries, in the order of its central directory, or why it was refused. */
    public record Inspection(List<String> names, Refusal refusal) {

        public boolean ok() {
            return refusal == null;
        }
    }

    private ZipArchives() {
    }

    /** Reads the central directory only: cheap, and enough to tell what an office file holds. */
    public static Inspection inspect(byte[] content, Limits limits) {
        try (ZipFile zip = open(content)) {
            List<String> names = new ArrayList<>();
            long total = 0;
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                if (names.size() >= limits.maxEntries()) {
                    return new Inspection(List.of(), Refusal.TOO_MANY_ENTRIES);
                }
                Optional<Refusal> refusal = refusal(entry, limits);
                if (refusal.isPresent()) {
                    return new Inspection(List.of(), refusal.get());
                }
                total += Math.max(entry.getSize(), 0);
                if (total > limits.maxTotalBytes()) {
                    return new Inspection(List.of(), Refusal.TOO_LARGE);
                }
                names.add(entry.getName());
            }
            return new Inspection(List.copyOf(names), null);
        } catch (IOException | RuntimeException e) {
            return new Inspection(List.of(), Refusal.NOT_AN_ARCHIVE);
        }
    }

    /**
     * Inflates every entry within the limits without keeping anything, to prove an archive is what its directory
     * says before a library (Apache POI) reads it whole. Empty when it is; the refusal otherwise.
     */
    public static Optional<Refusal> verifyInflation(byte[] content, Limits limits) {
        Inspection inspection = inspect(content, limits);
        if (!inspection.ok()) {
            return Optional.of(inspection.refusal());
        }
        try (ZipFile zip = open(content)) {
            long total = 0;
            byte[] buffer = new byte[16 * 1024];
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                long allowed = Math.min(limits.maxEntryBytes(), Math.max(RATIO_FREE_BYTES,
                        Math.max(entry.getCompressedSize(), 1) * limits.maxRatio()));
                long read = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0;) {
                        read += n;
                        total += n;
                        if (read > allowed || total > limits.maxTotalBytes()) {
                            return Optional.of(read > limits.maxEntryBytes() || total > limits.maxTotalBytes()
                                    ? Refusal.TOO_LARGE : Refusal.SUSPICIOUS_RATIO);
                        }
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(Refusal.NOT_AN_ARCHIVE);
        }
    }

    private static Optional<Refusal> refusal(ZipArchiveEntry entry, Limits limits) {
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size > limits.maxEntryBytes()) {
            return Optional.of(Refusal.TOO_LARGE);
        }
        if (size > RATIO_FREE_BYTES && compressed >= 0 && size > Math.max(compressed, 1) * limits.maxRatio()) {
            return Optional.of(Refusal.SUSPICIOUS_RATIO);
        }
        return Optional.empty();
    }

    @SuppressWarnings("deprecation") // the builder needs a path; an in-memory channel is what we have
    private static ZipFile open(byte[] content) throws IOException {
        return ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get();
    }
}
