package vn.nscl.reference;

/** The two sector groups by which Decree 80/2021/NĐ-CP, art. 5, sizes enterprises. */
public enum SectorGroup {
    /** Agriculture, forestry, fisheries, industry and construction (VSIC sections A–F). */
    AGRI_INDUSTRY,
    /** Trade and services (VSIC sections G–U). */
    TRADE_SERVICE
}
