package vn.nscl.reference;

/** A commune as it was named before the 1 July 2025 reorganisation, with its district then, and the commune now. */
public record FormerCommune(String name, String district, String communeCode) {
}
