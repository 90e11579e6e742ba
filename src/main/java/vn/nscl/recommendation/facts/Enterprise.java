package vn.nscl.recommendation.facts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The enterprise being advised. {@code sector} is the VSIC section (A, C, I…); {@code type} is ENTERPRISE,
 * COOPERATIVE or HOUSEHOLD; {@code size} is MICRO, SMALL, MEDIUM, LARGE or UNKNOWN (Decree 80/2021);
 * {@code activities} what it does (CROPS, LIVESTOCK, AQUACULTURE, FISHING, BEEKEEPING, FORESTRY, FOOD_PROCESSING,
 * MANUFACTURING, CRAFT, CONSTRUCTION, TRADE, TOURISM, TRANSPORT, SOFTWARE, OTHER_SERVICES). A figure the enterprise
 * did not give is null, never zero: {@code employees >= 10} is simply false when the number is not known.
 */
public class Enterprise {

    private final String sector;
    private final String type;
    private final String size;
    private final Integer employees;
    private final boolean foodProducer;
    private final String exportMarkets;
    private final String mainProducts;
    private final int ocopStars;
    private final Integer staffTrained;
    private final Set<String> activities;

    public Enterprise(String sector, String type, String size, Integer employees, boolean foodProducer,
            String exportMarkets, String mainProducts, int ocopStars, Integer staffTrained, Set<String> activities) {
        this.sector = sector;
        this.type = type;
        this.size = size;
        this.employees = employees;
        this.foodProducer = foodProducer;
        this.exportMarkets = exportMarkets == null ? "" : exportMarkets.strip();
        this.mainProducts = mainProducts == null ? "" : mainProducts.strip();
        this.ocopStars = ocopStars;
        this.staffTrained = staffTrained;
        this.activities = Set.copyOf(activities);
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

    /** Number of workers, or null when the enterprise has not given it. */
    public Integer getEmployees() {
        return employees;
    }

    public boolean isEmployeesKnown() {
        return employees != null;
    }

    public boolean isFoodProducer() {
        return foodProducer;
    }

    /** Sells abroad (its profile names export markets). */
    public boolean isExporter() {
        return !exportMarkets.isEmpty();
    }

    /** "Nhật Bản, EU", as the enterprise wrote them; empty when it does not export. */
    public String getExportMarkets() {
        return exportMarkets;
    }

    public String getMainProducts() {
        return mainProducts;
    }

    public int getOcopStars() {
        return ocopStars;
    }

    /** People trained in productivity and quality, or null when the enterprise has not said. */
    public Integer getStaffTrained() {
        return staffTrained;
    }

    public boolean isStaffTrainedKnown() {
        return staffTrained != null;
    }

    public Set<String> getActivities() {
        return activities;
    }

    public boolean isCrops() {
        return activities.contains("CROPS");
    }

    public boolean isLivestock() {
        return activities.contains("LIVESTOCK");
    }

    public boolean isAquaculture() {
        return activities.contains("AQUACULTURE");
    }

    public boolean isFishing() {
        return activities.contains("FISHING");
    }

    public boolean isBeekeeping() {
        return activities.contains("BEEKEEPING");
    }

    public boolean isForestry() {
        return activities.contains("FORESTRY");
    }

    public boolean isFoodProcessing() {
        return activities.contains("FOOD_PROCESSING");
    }

    /** Produces on machines and lines (MANUFACTURING): where maintenance, lines and process control matter. */
    public boolean isMachines() {
        return activities.contains("MANUFACTURING");
    }

    public boolean isCraft() {
        return activities.contains("CRAFT");
    }

    public boolean isConstruction() {
        return activities.contains("CONSTRUCTION");
    }

    public boolean isTrade() {
        return activities.contains("TRADE");
    }

    public boolean isTourism() {
        return activities.contains("TOURISM");
    }

    public boolean isTransport() {
        return activities.contains("TRANSPORT");
    }

    public boolean isSoftware() {
        return activities.contains("SOFTWARE");
    }

    public boolean isOtherServices() {
        return activities.contains("OTHER_SERVICES");
    }

    /** Grows or raises something itself (crops, livestock, aquaculture, bees): good farming practice applies. */
    public boolean isGrower() {
        return isCrops() || isLivestock() || isAquaculture() || isBeekeeping();
    }

    /** Makes or processes goods (food, machines, craft): quality of lots, hazards and process control apply. */
    public boolean isMaker() {
        return isFoodProcessing() || isMachines() || isCraft();
    }

    /** Works with physical goods at all (grows, catches, makes, builds or sells them), unlike a pure service. */
    public boolean isGoods() {
        return isGrower() || isFishing() || isForestry() || isMaker() || isConstruction() || isTrade();
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

    /** Mining and quarrying (VSIC B): blasting, crushing, heavy machines. */
    public boolean isMining() {
        return "B".equals(sector);
    }

    /** Work where accidents are frequent and severe: building sites, mines and quarries, logging. */
    public boolean isHighRisk() {
        return isConstruction() || isMining() || isForestry();
    }

    /** Manufacturing or processing (VSIC C). */
    public boolean isManufacturer() {
        return "C".equals(sector);
    }

    /** Trade and services (VSIC G to U). */
    public boolean isServices() {
        return sector != null && sector.compareTo("G") >= 0;
    }

    /** Small or medium (the plan's SME target group), micro included; false when the size is not known. */
    public boolean isSme() {
        return "MICRO".equals(size) || "SMALL".equals(size) || "MEDIUM".equals(size);
    }

    /** Main products are pepper (hồ tiêu, hạt tiêu): Quảng Trị's local technical regulation applies. */
    public boolean isPepper() {
        return mentions("ho tieu", "hat tieu", "tieu den", "tieu so", "tieu xanh", "tieu do", "pepper");
    }

    /** Main products are wood: logs, chips, pellets, furniture (buyers ask for certified forest origin). */
    public boolean isWood() {
        return mentions("go", "dam go", "vien nen", "noi that", "go keo", "van ep", "wood", "pellet", "pellets",
                "furniture", "timber");
    }

    /** Main products are building materials, which must be declared conformant (QCVN 16). */
    public boolean isBuildingMaterials() {
        return mentions("gach", "ngoi", "xi mang", "clinker", "be tong", "da xay dung", "da dam", "da hoc",
                "da op lat", "khai thac da", "cat nghien", "cat xay dung", "vat lieu xay dung", "cement", "brick",
                "bricks", "concrete");
    }

    /** Main products are medicinal plants (sold to pharmaceutical makers, good practice GACP). */
    public boolean isHerbs() {
        return mentions("duoc lieu", "thao duoc", "ca gai leo", "diep ha chau", "medicinal", "herbs");
    }

    /** Lets rooms to guests: homestays, guesthouses, hotels. */
    public boolean isAccommodation() {
        return mentions("homestay", "khach san", "nha nghi", "luu tru", "phong nghi", "hotel", "guesthouse",
                "resort");
    }

    /** Sells to people who buy for themselves (shops, eateries, food and craft products, OCOP), so online matters. */
    public boolean isConsumerFacing() {
        return isTrade() || isTourism() || isFoodProcessing() || isCraft() || ocopStars > 0;
    }

    /** Whether the main products name one of these words (written without diacritics, whole words). */
    private boolean mentions(String... words) {
        String text = " " + Normalizer.normalize(mainProducts.toLowerCase(Locale.ROOT).replace('đ', 'd'),
                Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replaceAll("[^a-z0-9]+", " ") + " ";
        for (String word : words) {
            if (text.contains(" " + word + " ")) {
                return true;
            }
        }
        return false;
    }

    /** "hợp tác xã, 28 lao động": who the enterprise is, for reasons; the number only when it was given. */
    public String describeVi() {
        return typeVi() + (employees != null ? ", " + employees + " lao động" : "");
    }

    public String describeEn() {
        return typeEn() + (employees != null ? ", " + employees + " workers" : "");
    }

    /** "hợp tác xã", "hộ kinh doanh", "doanh nghiệp", for reasons. */
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

    /** "Hợp tác xã", capitalised to start a sentence. */
    public String whoVi() {
        String who = typeVi();
        return Character.toUpperCase(who.charAt(0)) + who.substring(1);
    }

    public String whoEn() {
        String who = typeEn();
        return Character.toUpperCase(who.charAt(0)) + who.substring(1);
    }
}
