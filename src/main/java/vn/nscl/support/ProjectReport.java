package vn.nscl.support;

import java.time.Instant;

import vn.nscl.files.StoredFileRef;

/** A progress or completion report of an approved project. */
public record ProjectReport(long id, String kind, String text, StoredFileRef file, Instant submittedAt) {
}
