package vn.nscl.shared.ui;

import java.io.IOException;
import java.io.InputStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;

/**
 * Receives an upload into memory, but never more than the upload kind allows: the size the browser declares is
 * checked first, then at most one byte past the limit is read, and a larger body is refused at once (nothing of it
 * is kept). The browser's own size check is a convenience; this is the one that holds against a crafted request.
 * The callback runs in the UI, with the bytes, as Vaadin's in-memory handler would.
 */
public final class BoundedUpload implements UploadHandler {

    private final long maxBytes;
    private final InMemoryUploadCallback callback;

    private BoundedUpload(long maxBytes, InMemoryUploadCallback callback) {
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBytes " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.callback = callback;
    }

    public static BoundedUpload of(long maxBytes, InMemoryUploadCallback callback) {
        return new BoundedUpload(maxBytes, callback);
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        if (event.getFileSize() > maxBytes) {
            refuse(event, ui);
            return;
        }
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes((int) maxBytes + 1);
        }
        if (content.length > maxBytes) {
            refuse(event, ui);
            return;
        }
        UploadMetadata metadata = new UploadMetadata(event.getFileName(), event.getContentType(), content.length);
        ui.access(() -> {
            try {
                callback.complete(metadata, content);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private void refuse(UploadEvent event, UI ui) {
        String message = ui.getTranslation("upload.error.too-large", maxBytes / 1024);
        event.reject(message);
        ui.access(() -> Notifications.error(message));
    }

    /** Vaadin stops reading a multipart request past these sizes, before our handler even runs. */
    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    long maxBytes() {
        return maxBytes;
    }
}
