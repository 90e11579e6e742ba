package vn.nscl.reference;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.nscl.shared.TextRules;

/**
 * What an enterprise actually does, finer than its VSIC section: a pepper cooperative, a shrimp farm and a bee keeper
 * are all section A, but good practice, hazards and the standards that fit them differ. An enterprise ticks every
 * activity that applies; advice is only given for what fits its activities.
 */
public enum Activity {
    /** Growing crops: rice, pepper, coffee, cassava, fruit, vegetables, herbs. */
    CROPS,
    /** Raising cattle, pigs, poultry. */
    LIVESTOCK,
    /** Farming shrimp, fish or other aquatic animals in ponds, cages, tanks. */
    AQUACULTURE,
    /** Catching fish and seafood at sea or in rivers. */
    FISHING,
    /** Keeping bees for honey. */
    BEEKEEPING,
    /** Planting and harvesting forest (acacia, eucalyptus), forest products. */
    FORESTRY,
    /** Processing food or drink: seafood, starch, coffee roasting, fish sauce, rice wine. */
    FOOD_PROCESSING,
    /** Production on machines and lines: wood, building materials, garments, mechanical work. */
    MANUFACTURING,
    /** Handwork and craft villages, small workshops where hands do most of the work. */
    CRAFT,
    /** Building and installation on sites. */
    CONSTRUCTION,
    /** Buying and selling: shops, wholesale, collecting farm produce. */
    TRADE,
    /** Accommodation, restaurants, tours, homestays. */
    TOURISM,
    /** Carrying goods or passengers, logistics. */
    TRANSPORT,
    /** Software and information technology services. */
    SOFTWARE,
    /** Other services (repairs, agricultural services, education…). */
    OTHER_SERVICES;

    /** Activities that grow or catch something alive: good-practice standards of farming apply. */
    public static final Set<Activity> PRIMARY = EnumSet.of(CROPS, LIVESTOCK, AQUACULTURE, FISHING, BEEKEEPING,
            FORESTRY);

    private record Hint(Activity activity, List<String> words) {
    }

    /**
     * Whole words or phrases of a product list that tell a primary activity apart, written without diacritics (so
     * "sắn" and "sản" look alike: only phrases that cannot be misread are listed).
     */
    private static final List<Hint> HINTS = List.of(
            new Hint(AQUACULTURE, List.of("tom", "nuoi ca", "ca long", "ca ro phi", "ca nuoc ngot", "oc huong",
                    "nuoi trong thuy san")),
            new Hint(FISHING, List.of("danh bat", "khai thac hai san", "tau ca")),
            new Hint(BEEKEEPING, List.of("mat ong", "nuoi ong")),
            new Hint(LIVESTOCK, List.of("chan nuoi", "nuoi bo", "bo thit", "bo sinh san", "nuoi lon", "lon thit",
                    "nuoi heo", "nuoi ga", "ga tha vuon", "trung ga", "nuoi vit", "nuoi de", "trau")),
            new Hint(FORESTRY, List.of("trong rung", "rung trong", "go keo", "cay keo", "bach dan", "lam san")),
            new Hint(CROPS, List.of("ho tieu", "hat tieu", "lua", "gao", "ca phe", "cu san", "trong san",
                    "cay an qua", "rau", "chuoi", "buoi", "duoc lieu", "cao su", "dua", "lac", "ngo", "trong trot")));

    /**
     * A first guess from the VSIC section and the products, for enterprises that have not ticked their activities
     * yet; the profile page shows it ticked for the owner to correct.
     */
    public static Set<Activity> guess(String sectorCode, String mainProducts, boolean foodProducer) {
        Set<Activity> guessed = EnumSet.noneOf(Activity.class);
        if (sectorCode == null) {
            return guessed;
        }
        switch (sectorCode) {
            case "A" -> guessPrimary(mainProducts, guessed);
            case "B", "C", "D", "E" -> guessed.add(foodProducer ? FOOD_PROCESSING : MANUFACTURING);
            case "F" -> guessed.add(CONSTRUCTION);
            case "G" -> guessed.add(TRADE);
            case "H" -> guessed.add(TRANSPORT);
            case "I" -> guessed.add(TOURISM);
            case "J" -> guessed.add(SOFTWARE);
            default -> guessed.add(OTHER_SERVICES);
        }
        if (foodProducer && !"A".equals(sectorCode)) {
            guessed.add(FOOD_PROCESSING);
        }
        return guessed;
    }

    private static void guessPrimary(String mainProducts, Set<Activity> guessed) {
        String words = " " + plain(mainProducts) + " ";
        for (Hint hint : HINTS) {
            if (hint.words().stream().anyMatch(word -> words.contains(" " + word + " "))) {
                guessed.add(hint.activity());
            }
        }
        if (guessed.isEmpty()) {
            guessed.add(CROPS);
        }
    }

    private static String plain(String text) {
        return text == null ? "" : TextRules.withoutDiacritics(text).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ");
    }
}
