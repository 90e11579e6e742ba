package db.migration;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import vn.nscl.training.CertificateCodes;

/**
 * Courses get their hours, trainer, registration deadline and audience; each certificate a verification code that
 * its QR code carries to the public verification page; a certificate replaced by a reissue keeps its number and
 * code, so that the old paper still verifies as "replaced". Written in Java because certificates issued before this
 * release need a random code, generated as the application does, on H2 and PostgreSQL alike.
 */
public class V22__course_details_and_certificate_verification extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        try (Statement ddl = db.createStatement()) {
            ddl.execute("alter table training_course add column starts_at time");
            ddl.execute("alter table training_course add column ends_at time");
            ddl.execute("alter table training_course add column trainer varchar(200)");
            ddl.execute("alter table training_course add column registration_deadline date");
            ddl.execute("alter table training_course add column audience varchar(300)");
            ddl.execute("alter table training_registration add column verification_code varchar(16)");
            ddl.execute("create unique index training_verification_uk on training_registration (verification_code)");
            ddl.execute("create table training_certificate_replaced ("
                    + "certificate_number varchar(30) primary key, "
                    + "verification_code varchar(16) not null, "
                    + "registration_id bigint not null references training_registration (id), "
                    + "staff_name varchar(100) not null, "
                    + "replaced_at timestamp(6) with time zone not null, "
                    + "replaced_by varchar(254) not null, "
                    + "reason varchar(500) not null, "
                    + "constraint training_replaced_code_uk unique (verification_code))");
        }
        SecureRandom random = new SecureRandom();
        try (Statement select = db.createStatement();
                ResultSet issued = select.executeQuery("select id from training_registration "
                        + "where certificate_number is not null");
                PreparedStatement update = db.prepareStatement("update training_registration "
                        + "set verification_code = ? where id = ?")) {
            while (issued.next()) {
                update.setString(1, CertificateCodes.random(random));
                update.setLong(2, issued.getLong(1));
                update.executeUpdate();
            }
        }
    }
}
