package vn.nscl.files;

import java.time.Instant;

/** A stored file as lists show it, without its content. */
public record StoredFileRef(long id, String fileName, String mediaType, long sizeBytes, Instant uploadedAt) {
}
