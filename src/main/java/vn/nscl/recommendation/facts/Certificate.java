package vn.nscl.recommendation.facts;

/** A certificate the enterprise holds and that has not expired, by catalogue code (ISO_9001, VIETGAP…). */
public class Certificate {

    private final String code;

    public Certificate(String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }
}
