package vn.nscl.matching;

/** The weighted parts of a match score, in the order they are explained. */
public enum ScoreComponent {
    COMPETENCE, SECTOR, LOCATION, LANGUAGE, RATING, LOAD
}
