package vn.nscl.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * The packaged application ({@code target/*.jar}, production-mode front end) started once per test run in its own
 * process, on a free port and a fresh in-memory database (or the PostgreSQL given to the tests). Its output goes to
 * {@code target/browser-tests-app.log}.
 */
final class PackagedApplication {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static String baseUrl;
    /** The application's mail server: confirmation and reset links are read from it as a person reads their mail. */
    private static GreenMail mailServer;

    private PackagedApplication() {
    }

    static synchronized GreenMail mails() {
        baseUrl();
        return mailServer;
    }

    static synchronized String baseUrl() {
        if (baseUrl == null) {
            baseUrl = start();
        }
        return baseUrl;
    }

    private static String start() {
        Path jar = Path.of(System.getProperty("app.jar", "target/nscl-connect.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Package the application first (mvn verify does): " + jar);
        }
        int port = freePort();
        mailServer = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mailServer.start();
        String java = ProcessHandle.current().info().command().orElse("java");
        // In Spring's AOT mode, as a server runs it (deploy/nscl-connect@.service): the mail server among what is then
        // decided at start rather than when the jar was built.
        List<String> command = new ArrayList<>(List.of(java, "-Dspring.aot.enabled=true", "-jar", jar.toString(),
                "--server.port=" + port,
                "--nscl.security.bcrypt-strength=4", "--vaadin.launch-browser=false",
                // The browser tests are many people signing in from one address within minutes.
                "--nscl.security.logins-per-address=1000", "--nscl.security.new-sessions-per-address=1000",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mailServer.getSmtp().getPort(),
                "--nscl.public-url=http://localhost:" + port));
        String dbUrl = System.getProperty("nscl.test.db.url");
        if (dbUrl != null && !dbUrl.isBlank()) {
            command.add("--spring.datasource.url=" + dbUrl);
            command.add("--spring.datasource.username=" + System.getProperty("nscl.test.db.username", ""));
            command.add("--spring.datasource.password=" + System.getProperty("nscl.test.db.password", ""));
        } else {
            command.add("--spring.datasource.url=jdbc:h2:mem:browser-tests;DB_CLOSE_DELAY=-1");
        }
        try {
            Path log = Path.of("target", "browser-tests-app.log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            waitUntilReady(process, log);
            return "http://localhost:" + port;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + jar, e);
        }
    }

    /** Ready means after the demo data is loaded: the application logs it once its start-up work is done. */
    private static void waitUntilReady(Process process, Path log) throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped; see " + log);
            }
            if (Files.exists(log) && Files.readString(log).contains("NSCL Connect is ready")) {
                return;
            }
            sleep();
        }
        throw new IllegalStateException("The application was not ready within " + START_TIMEOUT + "; see " + log);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
