package vn.nscl.expert;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.nscl.audit.AuditLog;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.files.FileDownload;
import vn.nscl.files.FileKind;
import vn.nscl.files.FileStore;
import vn.nscl.files.StoredFileRef;
import vn.nscl.notification.NotificationService;
import vn.nscl.reference.ReferenceData;
import vn.nscl.security.PersonalDataService;
import vn.nscl.security.Role;
import vn.nscl.shared.FieldChecks;
import vn.nscl.shared.TextRules;
import vn.nscl.shared.UserFacingException.FieldProblem;
import vn.nscl.shared.UserFacingException;

/**
 * Hồ sơ chuyên gia: the expert keeps their own profile and certificates, sends the profile for verification,
 * downloads what the platform holds about them and can ask for it to be deleted.
 */
@Service
public class ExpertProfileService {

    /** The version of the consent text the expert ticks; a new wording gets a new version. */
    public static final String CONSENT_VERSION = "2026-11";
    public static final int NUMBER_MAX_LENGTH = ExpertCertificate.NUMBER_MAX_LENGTH;
    public static final int ISSUER_MAX_LENGTH = ExpertCertificate.ISSUER_MAX_LENGTH;
    public static final Set<FileKind> EVIDENCE_KINDS = Set.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG);
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final ExpertAccess access;
    private final ExpertCertificateRepository certificates;
    private final CertificateViews views;
    private final FileStore files;
    private final ReferenceData reference;
    private final Catalogue catalogue;
    private final NotificationService notifications;
    private final PoolCache pools;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final AuditLog audit;
    private final PersonalDataService personalData;
    private final Clock clock;

    ExpertProfileService(ExpertAccess access, ExpertCertificateRepository certificates, CertificateViews views,
            FileStore files, ReferenceData reference, Catalogue catalogue, NotificationService notifications,
            PoolCache pools, org.springframework.context.ApplicationEventPublisher events, AuditLog audit,
            PersonalDataService personalData, Clock clock) {
        this.personalData = personalData;
        this.pools = pools;
        this.events = events;
        this.access = access;
        this.certificates = certificates;
        this.views = views;
        this.files = files;
        this.reference = reference;
        this.catalogue = catalogue;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('EXPERT')")
    @Transactional(readOnly = true)
    public ExpertProfile myProfile() {
        Expert expert = access.callers();
        return expert.toProfile(views.of(expert.getId()));
    }

    /** Saves the profile; a verified expert who changes competences or sectors is verified again. */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional
    public ProfileStatus save(ProfileEdit raw) {
        Expert expert = access.callers();
        if (expert.getVersion() != raw.expectedVersion()) {
            throw new UserFacingException("error.changed-meanwhile");
        }
        ProfileEdit edit = ProfileChecks.clean(raw);
        List<FieldProblem> problems = ProfileChecks.problems(edit, expert.getConsentAt() != null, reference, catalogue);
        if (!problems.isEmpty()) {
            throw UserFacingException.ofFields(problems);
        }
        boolean consentGiven = edit.consent() && expert.getConsentAt() == null;
        if (consentGiven) {
            expert.consent(clock.instant(), CONSENT_VERSION);
        }
        pools.expertChanged();
        boolean backToReview = expert.update(edit);
        audit.record(ExpertAuditActions.EXPERT_PROFILE_SAVED, "expert", expert.getId(),
                (consentGiven ? "đồng ý điều khoản " + CONSENT_VERSION + "; " : "")
                        + (backToReview ? "năng lực hoặc ngành thay đổi: xác minh lại" : ""));
        if (backToReview) {
            notifications.tellEveryone(Role.OFFICER, "notify.expert.changed", "experts/" + expert.getId(),
                    expert.getFullName());
        }
        return expert.getProfileStatus();
    }

    /** Sends a draft or rejected profile to the Department: it needs consent, a commune and a competence. */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional
    public void submitForVerification() {
        Expert expert = access.callers();
        if (expert.getProfileStatus() == ProfileStatus.PENDING || expert.getProfileStatus() == ProfileStatus.VERIFIED) {
            throw new UserFacingException("expert.error.already-submitted");
        }
        if (expert.getConsentAt() == null || expert.getHomeCommune() == null || expert.competenceEntries().isEmpty()) {
            throw new UserFacingException("expert.error.incomplete");
        }
        pools.expertChanged();
        expert.submit(clock.instant());
        audit.record(ExpertAuditActions.EXPERT_SUBMITTED, "expert", expert.getId(), null);
        notifications.tellEveryone(Role.OFFICER, "notify.expert.submitted", "experts/" + expert.getId(),
                expert.getFullName());
    }

    /** Adds a certificate with its evidence (PDF, JPG or PNG, checked by content); an officer verifies it. */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional
    public long addCertificate(CertificateKind kind, String itemCode, String rawNumber, String rawIssuer,
            LocalDate expiresOn, String fileName, byte[] evidence) {
        Expert expert = access.callers();
        String number = TextRules.singleLine(rawNumber);
        String issuer = TextRules.singleLine(rawIssuer);
        String item = itemCode == null || itemCode.isBlank() ? null : itemCode;
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (kind == null) {
            problems.add(new FieldProblem("kind", "error.required"));
        }
        boolean needsItem = kind != null && kind != CertificateKind.PRODUCTIVITY_EXPERT;
        if (needsItem && (item == null || catalogue.item(item).isEmpty())) {
            problems.add(new FieldProblem("item", "expert.error.certificate-item"));
        }
        if (number.isEmpty() || number.length() > NUMBER_MAX_LENGTH) {
            problems.add(new FieldProblem("number", "expert.error.certificate-number", NUMBER_MAX_LENGTH));
        }
        if (issuer.isEmpty() || issuer.length() > ISSUER_MAX_LENGTH) {
            problems.add(new FieldProblem("issuer", "expert.error.certificate-issuer", ISSUER_MAX_LENGTH));
        }
        FieldChecks.noInvisible(problems, "number", number, "issuer", issuer);
        if (expiresOn != null && expiresOn.isBefore(LocalDate.now(clock))) {
            problems.add(new FieldProblem("expiresOn", "expert.error.certificate-expired"));
        }
        if (evidence == null || evidence.length == 0) {
            problems.add(new FieldProblem("evidence", "expert.error.evidence-missing"));
        }
        if (!problems.isEmpty()) {
            throw UserFacingException.ofFields(problems);
        }
        StoredFileRef file = files.store(fileName, evidence, EVIDENCE_KINDS);
        ExpertCertificate certificate = certificates.save(new ExpertCertificate(expert.getId(), kind,
                kind == CertificateKind.PRODUCTIVITY_EXPERT ? null : item, number, issuer, expiresOn, file.id(),
                clock.instant()));
        pools.expertChanged();
        audit.record(ExpertAuditActions.EXPERT_CERTIFICATE_ADDED, "expert", expert.getId(), kind + " " + number);
        notifications.tellEveryone(Role.OFFICER, "notify.expert.certificate", "experts/" + expert.getId(),
                expert.getFullName(), number);
        return certificate.getId();
    }

    @PreAuthorize("hasRole('EXPERT')")
    @Transactional
    public void removeCertificate(long certificateId) {
        Expert expert = access.callers();
        ExpertCertificate certificate = certificates.findById(certificateId)
                .filter(c -> c.getExpertId() == expert.getId())
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                        "Certificate " + certificateId + " is not the caller's"));
        pools.expertChanged();
        certificates.delete(certificate);
        if (certificate.getFileId() != null) {
            files.delete(certificate.getFileId());
        }
        audit.record(ExpertAuditActions.EXPERT_CERTIFICATE_REMOVED, "expert", expert.getId(), certificate.getNumber());
    }

    /** A certificate's evidence, for the expert who holds it and for officers. */
    @PreAuthorize("hasAnyRole('EXPERT', 'OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public FileDownload evidence(long certificateId) {
        ExpertCertificate certificate = certificates.findById(certificateId)
                .orElseThrow(() -> new UserFacingException("error.not-found"));
        access.readable(certificate.getExpertId());
        if (certificate.getFileId() == null) {
            throw new UserFacingException("error.not-found");
        }
        return files.read(certificate.getFileId());
    }

    /** Everything the platform holds about the caller (profile, certificates and every other module), as JSON. */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional
    public byte[] exportMyData() {
        Expert expert = access.callers();
        audit.record(ExpertAuditActions.EXPERT_DATA_EXPORTED, "expert", expert.getId(), null);
        return personalData.exportMine();
    }

    /** Records the wish to have the personal data deleted: no more matching, officers erase it. */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional
    public void requestDeletion() {
        Expert expert = access.callers();
        if (expert.getDeletionRequestedAt() != null) {
            return;
        }
        pools.expertChanged();
        expert.requestDeletion(clock.instant());
        personalData.requestErasure();
        audit.record(ExpertAuditActions.EXPERT_DELETION_REQUESTED, "expert", expert.getId(), null);
        events.publishEvent(new ExpertLeaving(expert.getId()));
        notifications.tellEveryone(Role.OFFICER, "notify.expert.deletion", "experts/" + expert.getId(),
                expert.getFullName());
    }
}
