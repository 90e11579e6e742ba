package vn.nscl.enterprise;

/**
 * An enterprise as DOST copies it from a paper form: who it is, where, its sector (which decides the questions it is
 * asked) and how to reach it; the e-mail may be left empty when the owner has none.
 */
public record PaperEnterprise(String name, String enterpriseCode, EnterpriseType type, String communeCode,
        String sectorCode, boolean foodProducer, String contactPerson, String phone, String email) {
}
