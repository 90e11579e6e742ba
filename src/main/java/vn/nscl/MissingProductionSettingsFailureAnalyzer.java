package vn.nscl;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import vn.nscl.ProductionSettingsCheck.MissingProductionSettingsException;

/** Prints the missing production settings as a short description and what to do, without a stack trace. */
public class MissingProductionSettingsFailureAnalyzer
        extends AbstractFailureAnalyzer<MissingProductionSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingProductionSettingsException cause) {
        return new FailureAnalysis(
                "NSCL Connect was started with the prod profile, but these environment variables are not set: "
                        + String.join(", ", cause.variables()) + ".",
                "Set them and start again, for example NSCL_DB_URL=jdbc:postgresql://localhost:5432/nscl, "
                        + "NSCL_DB_USERNAME, NSCL_DB_PASSWORD, and NSCL_ADMIN_EMAIL / NSCL_ADMIN_PASSWORD for the "
                        + "first administrator (see README, 'Running in production').",
                cause);
    }
}
