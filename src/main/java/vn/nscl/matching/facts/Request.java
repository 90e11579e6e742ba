package vn.nscl.matching.facts;

import java.util.Set;

/**
 * The request being matched, as the rules read it. {@code mode} is {@code ON_SITE}, {@code REMOTE} or {@code EITHER};
 * {@code language} a code: {@code vi}, {@code bru} (Bru–Vân Kiều), {@code pko} (Pa Kô), {@code en}.
 */
public final class Request {

    private final String itemCode;
    private final String mode;
    private final String language;
    private final String communeCode;
    private final String sectorCode;
    private final String enterpriseCode;
    private final boolean certificateRequired;
    private final Set<Long> declinedBy;

    public Request(String itemCode, String mode, String language, String communeCode, String sectorCode,
            String enterpriseCode, boolean certificateRequired, Set<Long> declinedBy) {
        this.itemCode = itemCode;
        this.mode = mode;
        this.language = language;
        this.communeCode = communeCode;
        this.sectorCode = sectorCode;
        this.enterpriseCode = enterpriseCode;
        this.certificateRequired = certificateRequired;
        this.declinedBy = declinedBy;
    }

    /** The catalogue code of the tool or standard asked for, e.g. {@code ISO_9001}. */
    public String getItemCode() {
        return itemCode;
    }

    public String getMode() {
        return mode;
    }

    /** The work must be done at the enterprise. */
    public boolean isOnSite() {
        return "ON_SITE".equals(mode);
    }

    /** The work must be done remotely. */
    public boolean isRemote() {
        return "REMOTE".equals(mode);
    }

    /** Either way suits the enterprise. */
    public boolean isEitherWay() {
        return "EITHER".equals(mode);
    }

    public String getLanguage() {
        return language;
    }

    /** The enterprise's commune (administrative code), or null if unknown. */
    public String getCommuneCode() {
        return communeCode;
    }

    /** The enterprise's sector (VSIC section letter), or null if unknown. */
    public String getSectorCode() {
        return sectorCode;
    }

    /** The enterprise's tax code, or null for a household business without one. */
    public String getEnterpriseCode() {
        return enterpriseCode;
    }

    /** The standard asked for is one {@code matching.yaml} lists under {@code certificate_required_for}. */
    public boolean isCertificateRequired() {
        return certificateRequired;
    }

    /** Whether the expert with this id declined this request before, or let its offer run out. */
    public boolean isDeclinedBy(long expertId) {
        return declinedBy.contains(expertId);
    }
}
