package vn.nscl.expert;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.nscl.files.FileStore;

/** Certificates with their evidence descriptions, judged on today's date. */
@Component
class CertificateViews {

    private final ExpertCertificateRepository certificates;
    private final FileStore files;
    private final Clock clock;

    CertificateViews(ExpertCertificateRepository certificates, FileStore files, Clock clock) {
        this.certificates = certificates;
        this.files = files;
        this.clock = clock;
    }

    List<CertificateView> of(long expertId) {
        LocalDate today = LocalDate.now(clock);
        return certificates.findByExpertIdOrderById(expertId).stream()
                .map(c -> c.toView(c.getFileId() == null ? null : files.describe(c.getFileId()), today)).toList();
    }
}
