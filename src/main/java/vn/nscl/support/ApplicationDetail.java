package vn.nscl.support;

import java.util.List;

import vn.nscl.files.StoredFileRef;
import vn.nscl.shared.TimelineStep;

/** An application's page: the application, its call, attachments, timeline and reports. */
public record ApplicationDetail(ApplicationView application, CallView call, List<AttachmentRef> attachments,
        List<TimelineStep> timeline, List<ProjectReport> reports) {

    /**
     * An attachment by its id within the application (downloads go through the service); {@code document}: which
     * required document it is, null for another one.
     */
    public record AttachmentRef(long id, StoredFileRef file, String document) {
    }
}
