package vn.nscl.testsupport;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.nscl.security.PersonalDataService;

/** A person's data erased as the platform does it: the person asks, then an administrator carries it out. */
@Component
@Profile("test")
public class TestErasures {

    private final PersonalDataService personalData;
    private final TestEnterprises as;

    TestErasures(PersonalDataService personalData, TestEnterprises as) {
        this.personalData = personalData;
        this.as = as;
    }

    public void eraseOnRequest(String email, long accountId) {
        as.run(email, personalData::requestErasure);
        as.run("admin@example.com", () -> personalData.erase(accountId));
    }
}
