package vn.nscl.matching.facts;

import java.util.Set;

/**
 * One verified expert who has the requested competence, as the rules see them for this request: the level and
 * years of that competence, their certificates, work in hand, ratings, where and how they work, the languages and
 * sectors they know, and what would be a conflict of interest.
 */
public final class Candidate {

    private final int slot;
    private final long id;
    private final String name;
    private final int level;
    private final int years;
    private final Set<String> certifiedItems;
    private final boolean certifiedForRequest;
    private final boolean paused;
    private final int load;
    private final int capacity;
    private final int ratingCount;
    private final double ratingAverage;
    private final String homeCommune;
    private final Set<String> serviceCommunes;
    private final boolean wholeProvince;
    private final boolean onSite;
    private final boolean remote;
    private final Set<String> languages;
    private final Set<String> sectors;
    private final Set<String> conflictCodes;

    /** Everything the rules may read of an expert for one request, and their place ({@code slot}) in the list. */
    public record Profile(int slot, long id, String name, int level, int years, Set<String> certifiedItems,
            boolean certifiedForRequest, boolean paused, int load, int capacity, int ratingCount, double ratingAverage,
            String homeCommune, Set<String> serviceCommunes, boolean wholeProvince, boolean onSite, boolean remote,
            Set<String> languages, Set<String> sectors, Set<String> conflictCodes) {
    }

    public Candidate(Profile p) {
        this.slot = p.slot();
        this.id = p.id();
        this.name = p.name();
        this.level = p.level();
        this.years = p.years();
        this.certifiedItems = p.certifiedItems();
        this.certifiedForRequest = p.certifiedForRequest();
        this.paused = p.paused();
        this.load = p.load();
        this.capacity = p.capacity();
        this.ratingCount = p.ratingCount();
        this.ratingAverage = p.ratingAverage();
        this.homeCommune = p.homeCommune();
        this.serviceCommunes = p.serviceCommunes();
        this.wholeProvince = p.wholeProvince();
        this.onSite = p.onSite();
        this.remote = p.remote();
        this.languages = p.languages();
        this.sectors = p.sectors();
        this.conflictCodes = p.conflictCodes();
    }

    /** The candidate's place in this ranking's list, where the ranking keeps what the rules wrote of them. */
    int slot() {
        return slot;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** The level of the requested competence: 1 (can apply) to 3 (can lead and train). */
    public int getLevel() {
        return level;
    }

    /** Years of experience with the requested tool or standard. */
    public int getYears() {
        return years;
    }

    /** Catalogue codes of the expert's verified, unexpired certificates. */
    public Set<String> getCertifiedItems() {
        return certifiedItems;
    }

    /** Holds a verified, unexpired certificate for the requested tool or standard. */
    public boolean isCertified() {
        return certifiedForRequest;
    }

    /** Has paused taking work, today included. */
    public boolean isPaused() {
        return paused;
    }

    /** Engagements in hand plus offers waiting for an answer. */
    public int getLoad() {
        return load;
    }

    /** How many engagements the expert takes at once. */
    public int getCapacity() {
        return capacity;
    }

    public int getFreePlaces() {
        return Math.max(0, capacity - load);
    }

    /** How many enterprises rated the expert after an engagement. */
    public int getRatingCount() {
        return ratingCount;
    }

    /** Their average rating, 1–5 (0 when nobody rated them yet). */
    public double getRatingAverage() {
        return ratingAverage;
    }

    public String getHomeCommune() {
        return homeCommune;
    }

    public Set<String> getServiceCommunes() {
        return serviceCommunes;
    }

    /** Works anywhere in the province. */
    public boolean isWholeProvince() {
        return wholeProvince;
    }

    /** Works at enterprises' premises. */
    public boolean isOnSite() {
        return onSite;
    }

    /** Works remotely. */
    public boolean isRemote() {
        return remote;
    }

    /** Language codes: vi, bru, pko, en. */
    public Set<String> getLanguages() {
        return languages;
    }

    /** Sectors (VSIC section letters) the expert has worked in. */
    public Set<String> getSectors() {
        return sectors;
    }

    /** Tax codes of enterprises the expert works for or has interests in. */
    public Set<String> getConflictCodes() {
        return conflictCodes;
    }

    /** Works in this commune: lives there, serves it, or serves the whole province. */
    public boolean serves(String communeCode) {
        return wholeProvince || communeCode != null && (communeCode.equals(homeCommune)
                || serviceCommunes.contains(communeCode));
    }

    public boolean speaks(String languageCode) {
        return languages.contains(languageCode);
    }

    @Override
    public String toString() {
        return "Candidate " + id + " " + name;
    }
}
