package vn.nscl.enterprise;

import java.util.Set;

import vn.nscl.reference.Activity;

/**
 * The profile fields an enterprise edits; {@code expectedVersion} is the version it saw, so an edit made meanwhile
 * in another window is not overwritten. At least one activity must be ticked.
 */
public record ProfileUpdate(String communeCode, String sectorCode, String mainProducts, boolean foodProducer,
        Set<Activity> activities, Integer staffTrained, String exportMarkets, long expectedVersion) {

    public ProfileUpdate {
        activities = activities == null ? Set.of() : Set.copyOf(activities);
    }
}
