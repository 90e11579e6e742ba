package vn.nscl.reference;

/** A province (tỉnh) or centrally-run city of the 2025 reorganisation. */
public record ProvinceRef(String code, String name, String placeType) {
}
