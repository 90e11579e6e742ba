package vn.nscl.enterprise;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.reference.Activity;
import vn.nscl.reference.ReferenceData;
import vn.nscl.reference.Sector;
import vn.nscl.shared.FieldChecks;
import vn.nscl.shared.TextRules;
import vn.nscl.shared.UserFacingException.FieldProblem;
import vn.nscl.shared.UserFacingException;

/**
 * The enterprise profile (Hồ sơ doanh nghiệp): sector and products, OCOP ratings, certificates held, and figures per
 * year. The enterprise edits its own; officers and admins read any. Every change is audited.
 */
@Service
public class EnterpriseProfileService {

    public static final int PRODUCTS_MAX_LENGTH = Enterprise.PRODUCTS_MAX_LENGTH;
    public static final int MARKETS_MAX_LENGTH = Enterprise.MARKETS_MAX_LENGTH;
    public static final int OCOP_NAME_MAX_LENGTH = OcopProduct.NAME_MAX_LENGTH;
    public static final int CERTIFICATE_NUMBER_MAX_LENGTH = HeldCertification.NUMBER_MAX_LENGTH;
    public static final int ISSUER_MAX_LENGTH = HeldCertification.ISSUER_MAX_LENGTH;

    private final EnterpriseAccess access;
    private final EnterpriseRepository enterprises;
    private final AnnualFiguresRepository figures;
    private final ReferenceData reference;
    private final Catalogue catalogue;
    private final AuditLog audit;
    private final Clock clock;

    EnterpriseProfileService(EnterpriseAccess access, EnterpriseRepository enterprises, AnnualFiguresRepository figures,
            ReferenceData reference, Catalogue catalogue, AuditLog audit, Clock clock) {
        this.access = access;
        this.enterprises = enterprises;
        this.figures = figures;
        this.reference = reference;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EnterpriseProfile profile(long enterpriseId) {
        Enterprise enterprise = access.readable(enterpriseId);
        List<YearFigures> years = figures.findByEnterpriseIdOrderByYearDesc(enterpriseId).stream()
                .map(AnnualFigures::toRecord).toList();
        return profileOf(enterprise, years, LocalDate.now(clock));
    }

    /** Many profiles at once, by enterprise id (officers and admins, who may read any). */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public java.util.Map<Long, EnterpriseProfile> profilesOf(java.util.Collection<Long> enterpriseIds) {
        java.util.Map<Long, EnterpriseProfile> profiles = new java.util.HashMap<>();
        List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(enterpriseIds));
        LocalDate today = LocalDate.now(clock);
        for (int start = 0; start < ids.size(); start += 1000) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + 1000));
            java.util.Map<Long, List<YearFigures>> figuresById = new java.util.HashMap<>();
            figures.findByEnterpriseIdInOrderByYearDesc(chunk).forEach(f -> figuresById
                    .computeIfAbsent(f.getEnterpriseId(), id -> new ArrayList<>()).add(f.toRecord()));
            for (Enterprise enterprise : enterprises.findAllById(chunk)) {
                profiles.put(enterprise.getId(), profileOf(enterprise,
                        figuresById.getOrDefault(enterprise.getId(), List.of()), today));
            }
        }
        return profiles;
    }

    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public void updateProfile(long enterpriseId, ProfileUpdate raw) {
        Enterprise enterprise = access.ownedByCaller(enterpriseId);
        if (enterprise.getVersion() != raw.expectedVersion()) {
            throw new UserFacingException("error.changed-meanwhile");
        }
        ProfileUpdate update = new ProfileUpdate(TextRules.code(raw.communeCode()), raw.sectorCode(),
                TextRules.singleLine(raw.mainProducts()), raw.foodProducer(), raw.activities(), raw.staffTrained(),
                TextRules.singleLine(raw.exportMarkets()), raw.expectedVersion());
        List<FieldProblem> problems = new ArrayList<>();
        if (!reference.isServedCommune(update.communeCode())) {
            problems.add(new FieldProblem("commune", "enterprise.error.commune-outside"));
        }
        if (update.sectorCode() == null || reference.sector(update.sectorCode()).isEmpty()) {
            problems.add(new FieldProblem("sector", "error.required"));
        }
        FieldChecks.text("mainProducts", update.mainProducts(), PRODUCTS_MAX_LENGTH, false, problems);
        if (update.activities().isEmpty()) {
            problems.add(new FieldProblem("activities", "profile.error.activities"));
        }
        FieldChecks.text("exportMarkets", update.exportMarkets(), MARKETS_MAX_LENGTH, false, problems);
        if (update.staffTrained() != null && (update.staffTrained() < 0 || update.staffTrained() > 100_000)) {
            problems.add(new FieldProblem("staffTrained", "figures.error.negative"));
        }
        if (!problems.isEmpty()) {
            throw UserFacingException.ofFields(problems);
        }
        ProfileDetails before = enterprise.toDetails(LocalDate.now(clock));
        String communeBefore = enterprise.toSummary().communeCode();
        enterprise.updateProfile(update);
        ProfileDetails after = enterprise.toDetails(LocalDate.now(clock));
        audit.record(EnterpriseAuditActions.PROFILE_UPDATED, "enterprise", enterpriseId, new vn.nscl.shared.ChangeList()
                .field("Xã, phường", communeBefore, update.communeCode())
                .field("Ngành", before.sectorCode(), after.sectorCode())
                .field("Sản phẩm chính", before.mainProducts(), after.mainProducts())
                .field("Chế biến thực phẩm", before.foodProducer() ? "có" : "không",
                        after.foodProducer() ? "có" : "không")
                .field("Lao động được đào tạo", before.staffTrained(), after.staffTrained())
                .field("Thị trường xuất khẩu", before.exportMarkets(), after.exportMarkets())
                .field("Hoạt động", before.activities().stream().map(Enum::name).sorted().toList(),
                        after.activities().stream().map(Enum::name).sorted().toList()).toString());
    }

    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public void addOcopProduct(long enterpriseId, String rawName, int stars, Integer ratedYear) {
        Enterprise enterprise = access.ownedByCaller(enterpriseId);
        String name = TextRules.singleLine(rawName);
        List<FieldProblem> problems = new ArrayList<>();
        FieldChecks.text("ocopName", name, OCOP_NAME_MAX_LENGTH, true, problems);
        if (stars < 3 || stars > 5) {
            problems.add(new FieldProblem("ocopStars", "profile.error.ocop-stars"));
        }
        if (ratedYear != null && (ratedYear < 2018 || ratedYear > Year.now(clock).getValue())) {
            problems.add(new FieldProblem("ocopYear", "figures.error.year", "2018", String.valueOf(Year.now(clock))));
        }
        if (!problems.isEmpty()) {
            throw UserFacingException.ofFields(problems);
        }
        enterprise.addOcopProduct(name, stars, ratedYear);
        audit.record(EnterpriseAuditActions.OCOP_ADDED, "enterprise", enterpriseId, name + " " + stars + "*");
    }

    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public void removeOcopProduct(long enterpriseId, long productId) {
        if (!access.ownedByCaller(enterpriseId).removeOcopProduct(productId)) {
            throw new UserFacingException("error.not-found");
        }
        audit.record(EnterpriseAuditActions.OCOP_REMOVED, "enterprise", enterpriseId, "sản phẩm #" + productId);
    }

    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public void addCertification(long enterpriseId, String catalogueCode, String rawNumber, String rawIssuer,
            LocalDate expiresOn) {
        Enterprise enterprise = access.ownedByCaller(enterpriseId);
        String number = TextRules.singleLine(rawNumber);
        String issuer = TextRules.singleLine(rawIssuer);
        List<FieldProblem> problems = new ArrayList<>();
        if (catalogue.item(catalogueCode).filter(item -> item.certifiable()).isEmpty()) {
            problems.add(new FieldProblem("certificationItem", "error.required"));
        }
        FieldChecks.text("certificateNumber", number, CERTIFICATE_NUMBER_MAX_LENGTH, true, problems);
        FieldChecks.text("issuedBy", issuer, ISSUER_MAX_LENGTH, false, problems);
        if (!problems.isEmpty()) {
            throw UserFacingException.ofFields(problems);
        }
        enterprise.addCertification(catalogueCode, number, issuer.isEmpty() ? null : issuer, expiresOn);
        audit.record(EnterpriseAuditActions.CERTIFICATION_ADDED, "enterprise", enterpriseId,
                catalogueCode + " " + number);
    }

    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public void removeCertification(long enterpriseId, long certificationId) {
        if (!access.ownedByCaller(enterpriseId).removeCertification(certificationId)) {
            throw new UserFacingException("error.not-found");
        }
        audit.record(EnterpriseAuditActions.CERTIFICATION_REMOVED, "enterprise", enterpriseId,
                "chứng nhận #" + certificationId);
    }

    /**
     * Stores one year's figures, replacing what was stored if the caller saw the current version. Impossible values
     * are refused with the fields to fix; implausible ones are saved and returned as warnings.
     */
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public SavedFigures saveFigures(long enterpriseId, YearFigures submitted) {
        access.ownedByCaller(enterpriseId);
        int currentYear = Year.now(clock).getValue();
        List<FieldProblem> problems = FigureChecks.impossible(submitted, currentYear);
        if (!problems.isEmpty()) {
            throw UserFacingException.ofFields(problems);
        }
        Optional<AnnualFigures> existing = figures.findByEnterpriseIdAndYear(enterpriseId, submitted.year());
        if (!Objects.equals(existing.map(AnnualFigures::getVersion).orElse(null), submitted.version())) {
            throw new UserFacingException("figures.error.changed-meanwhile", String.valueOf(submitted.year()));
        }
        AnnualFigures stored = existing.orElseGet(() -> new AnnualFigures(enterpriseId, submitted.year()));
        stored.replaceWith(submitted, clock.instant());
        YearFigures saved = figures.saveAndFlush(stored).toRecord();
        YearFigures previous = figures.findByEnterpriseIdAndYear(enterpriseId, submitted.year() - 1)
                .map(AnnualFigures::toRecord).orElse(null);
        audit.record(EnterpriseAuditActions.FIGURES_SAVED, "enterprise", enterpriseId, "năm " + submitted.year());
        return new SavedFigures(saved, FigureChecks.implausible(saved, previous));
    }

    /**
     * The profile of an enterprise that is not stored, sized like a stored one: what the advice of an expert test case
     * or of a trial is computed from. Reads nothing, so anyone may ask.
     */
    public EnterpriseProfile sketched(ProfileSketch sketch) {
        LocalDate today = LocalDate.now(clock);
        EnterpriseSummary summary = new EnterpriseSummary(0, null, "", "", sketch.type(), null, "", "", "",
                clock.instant(), sketch.sectorCode(), sketch.foodProducer(), EnterpriseVerification.PENDING, 0);
        Set<Activity> activities = sketch.activities().isEmpty()
                ? Activity.guess(sketch.sectorCode(), sketch.mainProducts(), sketch.foodProducer())
                : sketch.activities();
        List<ProfileDetails.Certification> certificates = sketch.certificates().stream()
                .map(code -> new ProfileDetails.Certification(0, code, "", "", null, false)).toList();
        List<ProfileDetails.Ocop> ocop = sketch.ocopStars().stream()
                .map(stars -> new ProfileDetails.Ocop(0, "", stars, null)).toList();
        ProfileDetails details = new ProfileDetails(sketch.sectorCode(), sketch.mainProducts(), sketch.foodProducer(),
                sketch.staffTrained(), sketch.exportMarkets(), activities, sketch.activities().isEmpty(), ocop,
                certificates, 0);
        return new EnterpriseProfile(summary, details, sketch.figures(), sizeOf(sketch.sectorCode(), sketch.figures()),
                today.getYear());
    }

    private EnterpriseProfile profileOf(Enterprise enterprise, List<YearFigures> years, LocalDate today) {
        EnterpriseSummary summary = enterprise.toSummary();
        return new EnterpriseProfile(summary, enterprise.toDetails(today), years, sizeOf(summary.sectorCode(), years),
                today.getYear());
    }

    private SizeClass sizeOf(String sectorCode, List<YearFigures> years) {
        Sector sector = sectorCode == null ? null : reference.sector(sectorCode).orElse(null);
        YearFigures latest = years.stream().filter(y -> y.employees() != null).findFirst().orElse(null);
        if (sector == null || latest == null) {
            return SizeClass.UNKNOWN;
        }
        return SizeClass.of(sector.group(), latest.employees(), latest.revenue(), latest.capital());
    }

    /** Figures as stored, with what looks implausible about them. */
    public record SavedFigures(YearFigures figures, List<FieldProblem> warnings) {
    }
}
