package vn.nscl.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;

import vn.nscl.testsupport.KaribuTest;

/**
 * An upload is never read into memory past its limit, whatever size the request declares or carries: tried with a
 * 200 MB body that is never materialised (the stream counts what is read from it).
 */
class BoundedUploadTest extends KaribuTest {

    private static final long LIMIT = 10L * 1024 * 1024;
    private static final long HUGE = 200L * 1024 * 1024;

    /** An endless-looking body of {@code size} bytes that remembers how much was read. */
    private static final class CountingBody extends InputStream {
        private final long size;
        final AtomicLong read = new AtomicLong();

        CountingBody(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return read.get() < size ? (int) (read.incrementAndGet() & 0x7f) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            long left = size - read.get();
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            read.addAndGet(n);
            return n;
        }
    }

    private UploadEvent event(Upload owner, CountingBody body, long declared) throws IOException {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        return new UploadEvent(request, mock(VaadinResponse.class), VaadinSession.getCurrent(), "ho-so.pdf", declared,
                "application/pdf", owner.getElement(), null);
    }

    @Test
    void a_200_mb_body_that_declares_a_small_size_is_cut_off_just_past_the_limit_and_nothing_is_kept()
            throws IOException {
        AtomicReference<byte[]> received = new AtomicReference<>();
        BoundedUpload handler = BoundedUpload.of(LIMIT, (metadata, bytes) -> received.set(bytes));
        Upload upload = new Upload(handler);
        UI.getCurrent().add(upload);
        CountingBody body = new CountingBody(HUGE);

        UploadEvent event = event(upload, body, 1_000);
        handler.handleUploadRequest(event);
        MockVaadin.clientRoundtrip(false);

        assertThat(event.isRejected()).isTrue();
        assertThat(event.getRejectionMessage()).contains("tối đa 10.240 kB");
        assertThat(body.read.get()).as("read at most one byte past the limit").isLessThanOrEqualTo(LIMIT + 1);
        assertThat(received.get()).isNull();
    }

    @Test
    void a_declared_size_over_the_limit_is_refused_before_anything_is_read() throws IOException {
        AtomicReference<byte[]> received = new AtomicReference<>();
        BoundedUpload handler = BoundedUpload.of(LIMIT, (metadata, bytes) -> received.set(bytes));
        Upload upload = new Upload(handler);
        UI.getCurrent().add(upload);
        CountingBody body = new CountingBody(HUGE);

        UploadEvent event = event(upload, body, HUGE);
        handler.handleUploadRequest(event);

        assertThat(event.isRejected()).isTrue();
        assertThat(body.read.get()).isZero();
        assertThat(received.get()).isNull();
        assertThat(handler.getRequestSizeMax()).isLessThan(HUGE);
    }

    @Test
    void a_file_within_the_limit_reaches_the_form_whole() throws IOException {
        AtomicReference<byte[]> received = new AtomicReference<>();
        BoundedUpload handler = BoundedUpload.of(LIMIT, (metadata, bytes) -> received.set(bytes));
        Upload upload = new Upload(handler);
        UI.getCurrent().add(upload);

        handler.handleUploadRequest(event(upload, new CountingBody(LIMIT), LIMIT));
        MockVaadin.clientRoundtrip(false);

        assertThat(received.get()).hasSize((int) LIMIT);
    }
}
