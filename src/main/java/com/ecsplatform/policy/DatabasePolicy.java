package com.ecsplatform.policy;

import com.ecsplatform.config.Profile;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * How each kind of environment treats its database's data, beyond the config keys (README, "The
 * database tier"): prod keeps everything, dev is easy to throw away. Kept beside
 * {@link OperationalPolicy} and chosen by the same profile; whether Pulumi protects the instance is a
 * row of that policy's protection table ({@code Guarded.DATABASE}).
 *
 * @param finalSnapshot          RDS takes a final snapshot when the instance is deleted
 * @param keepAutomatedBackups   automated backups outlive the instance ({@code deleteAutomatedBackups=false})
 * @param performanceInsights    Performance Insights on, with its free 7-day retention
 * @param deleteBeforeReplace    a replacement deletes the old instance first; the identifier is fixed, so
 *                               create-before-delete would fail on the name. Never in prod, where a
 *                               replacement must fail rather than delete first.
 */
@RecordBuilder
public record DatabasePolicy(
        boolean finalSnapshot,
        boolean keepAutomatedBackups,
        boolean performanceInsights,
        boolean deleteBeforeReplace) {

    /** Dev: no final snapshot, backups go with the instance. */
    public static final DatabasePolicy DEV = builder().deleteBeforeReplace(true).build();

    /** Prod: a final snapshot and the automated backups kept on delete. */
    public static final DatabasePolicy PROD = builder()
            .finalSnapshot(true)
            .keepAutomatedBackups(true)
            .performanceInsights(true)
            .build();

    /** Performance Insights' retention that costs nothing. */
    public static final int PERFORMANCE_INSIGHTS_RETENTION_DAYS = 7;

    /** The policy of {@code profile}. */
    public static DatabasePolicy of(Profile profile) {
        return switch (profile) {
            case DEV -> DEV;
            case PROD -> PROD;
        };
    }

    /** Named construction of {@link DatabasePolicy}. */
    public static DatabasePolicyBuilder builder() {
        return DatabasePolicyBuilder.builder();
    }
}
