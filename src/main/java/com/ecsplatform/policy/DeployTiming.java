package com.ecsplatform.policy;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * The knobs that decide how fast a rolling deploy goes and whether it drops requests. A new task
 * takes traffic after {@code healthyThreshold × intervalSeconds}; a dead one is pulled after
 * {@code unhealthyThreshold × intervalSeconds}; a replaced one drains for
 * {@code deregistrationDelaySeconds} before ECS stops it, then gets {@code stopTimeoutSeconds} to
 * exit on SIGTERM. AWS's defaults are 5 × 30 s, 2 × 30 s and 300 s: a five-minute floor per deploy.
 *
 * @param intervalSeconds            target-group health check interval
 * @param timeoutSeconds             health check timeout (below the interval)
 * @param healthyThreshold           consecutive successes before a target takes traffic
 * @param unhealthyThreshold         consecutive failures before a target is taken out
 * @param deregistrationDelaySeconds connection draining before a target is removed
 * @param stopTimeoutSeconds         SIGTERM to SIGKILL for a container being stopped
 * @param healthCheckGracePeriodSeconds ALB health ignored by ECS this long after a task starts
 * @param containerStartPeriodSeconds container health check failures ignored this long after start
 */
@RecordBuilder
public record DeployTiming(
        int intervalSeconds,
        int timeoutSeconds,
        int healthyThreshold,
        int unhealthyThreshold,
        int deregistrationDelaySeconds,
        int stopTimeoutSeconds,
        int healthCheckGracePeriodSeconds,
        int containerStartPeriodSeconds) {

    /** Seconds until a new, healthy task receives traffic. */
    public int secondsToHealthy() {
        return healthyThreshold * intervalSeconds;
    }

    /** Seconds until a failed target stops receiving traffic. */
    public int secondsToDetectFailure() {
        return unhealthyThreshold * intervalSeconds;
    }

    /** The shortest a one-batch rolling deploy can take: the new task turns healthy, the old one drains. */
    public int deployFloorSeconds() {
        return secondsToHealthy() + deregistrationDelaySeconds;
    }

    /** Named construction of {@link DeployTiming}. */
    public static DeployTimingBuilder builder() {
        return DeployTimingBuilder.builder();
    }
}
