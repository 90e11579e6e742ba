package vn.nscl.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate transaction;
    private final boolean postgres;

    SeedingLock(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.postgres = isPostgres(dataSource);
    }

    /** Runs a seeding step in a transaction of its own that first waits for, then holds, the cluster's seeding lock. */
    public <T> T inTransaction(Supplier<T> step) {
        return transaction.execute(status -> {
            if (postgres) {
                jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", KEY).query().singleRow();
            }
            return step.get();
        });
    }

    public void inTransaction(Runnable step) {
        inTransaction(() -> {
            step.run();
            return null;
        });
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }
}
