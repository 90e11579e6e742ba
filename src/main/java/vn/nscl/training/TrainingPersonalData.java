package vn.nscl.training;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.shared.PersonalData;

/**
 * Training registrations of the account's enterprise: the staff it named (their names and roles, attendance and
 * certificates) are exported; on erasure the names are removed and the attendance stays, anonymously, in the figures.
 */
@Component
class TrainingPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final EnterpriseService enterprises;

    TrainingPersonalData(JdbcClient jdbc, EnterpriseService enterprises) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
    }

    @Override
    public String section() {
        return "training";
    }

    @Override
    public Object export(Person person) {
        var rows = jdbc.sql("""
                select c.title, c.starts_on, r.staff_name, r.staff_role, r.registered_at, r.attended,
                  r.certificate_number from training_registration r join training_course c on c.id = r.course_id
                where r.enterprise_id = :enterprise order by c.starts_on""")
                .param("enterprise", enterpriseOf(person)).query().listOfRows();
        return rows.isEmpty() ? null : rows;
    }

    @Override
    public void erase(Person person) {
        jdbc.sql("update training_registration set staff_name = '#' || id, staff_role = null "
                + "where enterprise_id = :enterprise").param("enterprise", enterpriseOf(person)).update();
    }

    private long enterpriseOf(Person person) {
        return enterprises.idOfAccount(person.accountId()).orElse(-1L);
    }
}
