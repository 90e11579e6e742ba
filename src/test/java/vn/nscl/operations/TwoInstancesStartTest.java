package vn.nscl.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.nscl.Application;

/**
 * Two instances started at the same moment on one empty PostgreSQL database, as a cluster's first start (or a
 * restart of all instances after an upgrade) does: both start, and migrations, published questionnaires, shipped
 * rules and policy and the demo data are there once. Runs with -Ppostgres (an embedded H2 database belongs to one
 * process). Uses its own schema, so the other tests' database is left alone.
 */
class TwoInstancesStartTest {

    private static final String SCHEMA = "two_starts";

    @Test
    void two_instances_starting_together_on_an_empty_database_both_start_and_seed_everything_once() throws Exception {
        String url = System.getProperty("nscl.test.db.url", "");
        assumeTrue(url.startsWith("jdbc:postgresql:"), "PostgreSQL only (mvn verify -Ppostgres)");
        String user = System.getProperty("nscl.test.db.username");
        String password = System.getProperty("nscl.test.db.password");
        execute(url, user, password, "drop schema if exists " + SCHEMA + " cascade");
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;

        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<ConfigurableApplicationContext>> starts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            starts.add(CompletableFuture.supplyAsync(() -> {
                awaitQuietly(go);
                return new SpringApplicationBuilder(Application.class).profiles("test").run(
                        "--spring.datasource.url=" + schemaUrl, "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password, "--spring.flyway.schemas=" + SCHEMA,
                        "--nscl.test.clean-database=false", "--server.port=0", "--spring.jmx.enabled=false",
                        "--nscl.demo-data.enabled=true");
            }));
        }
        go.countDown();
        List<ConfigurableApplicationContext> instances = new ArrayList<>();
        try {
            for (var start : starts) {
                instances.add(start.get(6, TimeUnit.MINUTES));
            }
            try (Connection db = DriverManager.getConnection(schemaUrl, user, password)) {
                assertThat(count(db, "select count(*) from user_account where email = 'admin@example.com'"))
                        .isEqualTo(1);
                assertThat(count(db, "select count(*) from (select email from user_account group by email "
                        + "having count(*) > 1) twice")).as("no account created twice").isZero();
                assertThat(count(db, "select count(*) from (select name from enterprise group by name "
                        + "having count(*) > 1) twice")).as("no enterprise created twice").isZero();
                assertThat(count(db, "select count(*) from (select kind, content_hash from rule_set_version "
                        + "group by kind, content_hash having count(*) > 1) twice"))
                        .as("the shipped rules of each kind registered once").isZero();
                assertThat(count(db, "select count(*) from active_rule_set")).as("recommendation and matching")
                        .isEqualTo(2);
                assertThat(count(db, "select count(*) from (select code, version from questionnaire_version "
                        + "group by code, version having count(*) > 1) twice")).isZero();
                assertThat(count(db, "select count(*) from (select programme_code from programme_call "
                        + "group by programme_code having count(*) > 1) twice")).as("one call per programme").isZero();
                assertThat(count(db, "select count(*) from flyway_schema_history where not success")).isZero();
            }
        } finally {
            for (ConfigurableApplicationContext instance : instances) {
                instance.close();
            }
            execute(url, user, password, "drop schema if exists " + SCHEMA + " cascade");
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(String url, String user, String password, String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, user, password);
                Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
