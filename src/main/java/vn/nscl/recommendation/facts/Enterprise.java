package vn.nscl.recommendation.facts;

import java.util.Locale;

/**
 * The enterprise being advised. {@code sector} is the VSIC section (A, C, I…); {@code type} is ENTERPRISE,
 * COOPERATIVE or HOUSEHOLD; {@code size} is MICRO, SMALL, MEDIUM, LARGE or UNKNOWN (Decree 80/2021).
 */
public class Enterprise {

    private final String sector;
    private final String sectorNameVi;
    private final String sectorNameEn;
    private final String type;
    private final String size;
    private final int employees;
    private final boolean foodProducer;
    private final boolean exporter;
    private final String mainProducts;
    private final int ocopStars;
    private final int staffTrained;

    public Enterprise(String sector, String sectorNameVi, String sectorNameEn, String type, String size, int employees,
            boolean foodProducer, boolean exporter, String mainProducts, int ocopStars, int staffTrained) {
        this.sector = sector;
        this.sectorNameVi = sectorNameVi;
        this.sectorNameEn = sectorNameEn;
        this.type = type;
        this.size = size;
        this.employees = employees;
        this.foodProducer = foodProducer;
        this.exporter = exporter;
        this.mainProducts = mainProducts == null ? "" : mainProducts;
        this.ocopStars = ocopStars;
        this.staffTrained = staffTrained;
    }

    public String getSector() {
        return sector;
    }

    public String getType() {
        return type;
    }

    public String getSize() {
        return size;
    }

    public int getEmployees() {
        return employees;
    }

    public boolean isFoodProducer() {
        return foodProducer;
    }

    public boolean isExporter() {
        return exporter;
    }

    public String getMainProducts() {
        return mainProducts;
    }

    public int getOcopStars() {
        return ocopStars;
    }

    public int getStaffTrained() {
        return staffTrained;
    }

    public boolean isHousehold() {
        return "HOUSEHOLD".equals(type);
    }

    public boolean isCooperative() {
        return "COOPERATIVE".equals(type);
    }

    /** Agriculture, forestry or fisheries (VSIC A). */
    public boolean isFarm() {
        return "A".equals(sector);
    }

    /** Manufacturing or processing (VSIC C). */
    public boolean isManufacturer() {
        return "C".equals(sector);
    }

    /** Trade and services (VSIC G to U). */
    public boolean isServices() {
        return sector != null && sector.compareTo("G") >= 0;
    }

    /** Small or medium (the plan's SME target group), micro included. */
    public boolean isSme() {
        return "MICRO".equals(size) || "SMALL".equals(size) || "MEDIUM".equals(size);
    }

    /** Main products mention pepper (hồ tiêu, hạt tiêu): Quảng Trị's local regulation applies. */
    public boolean isPepper() {
        String products = mainProducts.toLowerCase(Locale.ROOT);
        return products.contains("tiêu") || products.contains("pepper");
    }

    public String getSectorNameVi() {
        return sectorNameVi;
    }

    public String getSectorNameEn() {
        return sectorNameEn;
    }

    /** "hợp tác xã, ngành nông nghiệp…, 28 lao động": who the enterprise is, for the reasons rules give. */
    public String describeVi() {
        return typeVi() + (sectorNameVi.isEmpty() ? "" : ", ngành " + sectorNameVi)
                + (employees > 0 ? ", " + employees + " lao động" : "");
    }

    public String describeEn() {
        return typeEn() + (sectorNameEn.isEmpty() ? "" : " in " + sectorNameEn)
                + (employees > 0 ? ", " + employees + " employees" : "");
    }

    /** "cooperative", "household business"…, for reasons. */
    public String typeVi() {
        return switch (type) {
            case "COOPERATIVE" -> "hợp tác xã";
            case "HOUSEHOLD" -> "hộ kinh doanh";
            default -> "doanh nghiệp";
        };
    }

    public String typeEn() {
        return switch (type) {
            case "COOPERATIVE" -> "cooperative";
            case "HOUSEHOLD" -> "household business";
            default -> "enterprise";
        };
    }
}
