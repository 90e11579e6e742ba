package vn.nscl.files.ui;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import vn.nscl.files.FileDownload;

/**
 * A download link whose content is fetched through the owning service when clicked, so the access check runs for
 * the person downloading, at that moment.
 */
public final class FileLinks {

    private FileLinks() {
    }

    public static Anchor download(String label, Supplier<FileDownload> fetch) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            FileDownload file = fetch.get();
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.mediaType(),
                    file.content().length);
        }), "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(label));
        link.addClassName("download-link");
        return link;
    }
}
