package vn.nscl.reference;

/** A commune-level unit (xã, phường, đặc khu) of the 2025 reorganisation. */
public record CommuneRef(String code, String name, String provinceCode) {
}
