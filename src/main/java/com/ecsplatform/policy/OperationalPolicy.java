package com.ecsplatform.policy;

import com.ecsplatform.config.Profile;

/**
 * What differs between a dev and a prod environment beyond the config keys: not settings a stack
 * file should tune, but decisions made once per kind of environment (README, "Dev and prod").
 *
 * @param logRetentionDays        CloudWatch retention of the service's logs
 * @param minimumHealthyPercent   ECS deployment floor; 100 in prod so capacity never dips during a deploy
 * @param maximumPercent          ECS deployment ceiling
 * @param albDeletionProtection   whether the ALB refuses deletion
 * @param protectNetwork          whether Pulumi refuses to delete the VPC and the service's DNS record
 * @param retainLogsOnDelete      whether log groups outlive the stack (audit trail)
 * @param timing                  health check and draining numbers
 */
public record OperationalPolicy(
        int logRetentionDays,
        int minimumHealthyPercent,
        int maximumPercent,
        boolean albDeletionProtection,
        boolean protectNetwork,
        boolean retainLogsOnDelete,
        DeployTiming timing) {

    /** Dev: cheap, fast to deploy, free to tear down. Healthy in 10 s, failure seen in 10 s, 15 s drain. */
    public static final OperationalPolicy DEV = new OperationalPolicy(
            14,     // logRetentionDays
            50,     // minimumHealthyPercent
            200,    // maximumPercent
            false,  // albDeletionProtection
            false,  // protectNetwork
            false,  // retainLogsOnDelete
            new DeployTiming(
                    5,   // intervalSeconds
                    4,   // timeoutSeconds
                    2,   // healthyThreshold
                    2,   // unhealthyThreshold
                    15,  // deregistrationDelaySeconds
                    10,  // stopTimeoutSeconds
                    30,  // healthCheckGracePeriodSeconds
                    15)); // containerStartPeriodSeconds

    /** Prod: never below full capacity, kept on delete. Healthy in 30 s, failure seen in 20 s, 30 s drain. */
    public static final OperationalPolicy PROD = new OperationalPolicy(
            365,    // logRetentionDays
            100,    // minimumHealthyPercent
            200,    // maximumPercent
            true,   // albDeletionProtection
            true,   // protectNetwork
            true,   // retainLogsOnDelete
            new DeployTiming(
                    10,  // intervalSeconds
                    5,   // timeoutSeconds
                    3,   // healthyThreshold
                    2,   // unhealthyThreshold
                    30,  // deregistrationDelaySeconds
                    30,  // stopTimeoutSeconds
                    60,  // healthCheckGracePeriodSeconds
                    30)); // containerStartPeriodSeconds

    /** The policy of {@code profile}. */
    public static OperationalPolicy of(Profile profile) {
        return switch (profile) {
            case DEV -> DEV;
            case PROD -> PROD;
        };
    }
}
