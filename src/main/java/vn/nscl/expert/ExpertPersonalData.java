package vn.nscl.expert;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.nscl.audit.AuditLog;
import vn.nscl.files.FileStore;
import vn.nscl.shared.PersonalData;

/**
 * An expert's profile and certificates: exported whole; erased (certificates and their scans deleted, the profile
 * kept as an anonymous record so past engagements and ratings stay consistent). Open offers pass to the next expert.
 */
@Component
class ExpertPersonalData implements PersonalData {

    private final ExpertRepository experts;
    private final ExpertCertificateRepository certificates;
    private final CertificateViews views;
    private final FileStore files;
    private final PoolCache pools;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    ExpertPersonalData(ExpertRepository experts, ExpertCertificateRepository certificates, CertificateViews views,
            FileStore files, PoolCache pools, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.experts = experts;
        this.certificates = certificates;
        this.views = views;
        this.files = files;
        this.pools = pools;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String section() {
        return "expertProfile";
    }

    @Override
    public Object export(Person person) {
        return experts.findByAccountId(person.accountId()).map(expert -> {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("purpose", "NSCL Connect: matching experts with enterprises");
            section.put("profile", expert.toProfile(views.of(expert.getId())));
            return section;
        }).orElse(null);
    }

    @Override
    public void erase(Person person) {
        experts.findByAccountId(person.accountId()).ifPresent(expert -> {
            for (ExpertCertificate certificate : certificates.findByExpertIdOrderById(expert.getId())) {
                certificates.delete(certificate);
                if (certificate.getFileId() != null) {
                    files.delete(certificate.getFileId());
                }
            }
            pools.expertChanged();
            expert.erase(clock.instant());
            audit.record(ExpertAuditActions.EXPERT_DATA_ERASED, "expert", expert.getId(), null);
            events.publishEvent(new ExpertLeaving(expert.getId()));
        });
    }
}
