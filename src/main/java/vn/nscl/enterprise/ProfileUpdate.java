package vn.nscl.enterprise;

/**
 * The profile fields an enterprise edits; {@code expectedVersion} is the version it saw, so an edit made meanwhile
 * in another window is not overwritten.
 */
public record ProfileUpdate(String communeCode, String sectorCode, String mainProducts, boolean foodProducer,
        Integer staffTrained, String exportMarkets, long expectedVersion) {
}
