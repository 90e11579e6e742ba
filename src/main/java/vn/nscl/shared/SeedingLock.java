package vn.nscl.shared;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Serialises start-up seeding (published questionnaires, shipped rules and policy, the first administrator, demo
 * data) across instances that start at the same moment on one PostgreSQL database: each seeding transaction first
 * takes a transaction-scoped advisory lock, so the second instance waits, then finds the rows the first committed
 * and adds nothing. Each seeding step reads before it writes; this makes that read safe. An embedded H2 database
 * belongs to one process, so there is nothing to serialise.
 */
@Component
public class SeedingLock {

    /** Any fixed number: the key of the advisory lock, the same on every instance. */
    private static final long KEY = 0x4E53434C_5345_4544L; // "NSCL" "SE" "ED"

    private final JdbcClient jdbc;
    private final boolean postgres;

    SeedingLock(DataSource dataSource, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.postgres = isPostgres(dataSource);
    }

    /** Waits for other instances' seeding, then holds the lock until the caller's transaction ends. */
    public void holdUntilCommit() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Seeding must run in a transaction that the lock can last for");
        }
        if (postgres) {
            jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", KEY).query().singleRow();
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }
}
