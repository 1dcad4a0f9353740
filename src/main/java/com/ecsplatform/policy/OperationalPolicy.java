package com.ecsplatform.policy;

import com.ecsplatform.config.Profile;
import io.soabase.recordbuilder.core.RecordBuilder;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What differs between a dev and a prod environment beyond the config keys: not settings a stack
 * file should tune, but decisions made once per kind of environment (README, "Dev and prod").
 *
 * @param logRetentionDays        CloudWatch retention of the service's logs
 * @param minimumHealthyPercent   ECS deployment floor; 100 in prod so capacity never dips during a deploy
 * @param maximumPercent          ECS deployment ceiling
 * @param protection              the protection table: which safeguards each kind of resource gets
 * @param timing                  health check and draining numbers
 */
@RecordBuilder
public record OperationalPolicy(
        int logRetentionDays,
        int minimumHealthyPercent,
        int maximumPercent,
        Map<Guarded, Set<Safeguard>> protection,
        DeployTiming timing) {

    /** The kinds of resources whose loss would hurt: users' entry points and the audit trail. */
    public enum Guarded {
        /** The VPC: deleting it takes everything in it along. */
        VPC,
        /** The load balancer: its DNS name is what the record (or users) point at. */
        LOAD_BALANCER,
        /** The Route 53 record users resolve. */
        DNS_RECORD,
        /** The service's and the VPC flow logs' log groups. */
        LOG_GROUPS,
        /** The ALB access-log bucket, its settings and its logs. */
        ACCESS_LOG_BUCKET,
        /** The database instance: the only copy of the application's data (besides its snapshots). */
        DATABASE
    }

    /** What stands between a mistaken delete and the resource. */
    public enum Safeguard {
        /** Pulumi's {@code protect}: a preview or up that would delete it fails until it is unprotected. */
        PULUMI_PROTECT,
        /** AWS's own deletion protection: even a console or CLI delete is refused. */
        AWS_DELETION_PROTECTION,
        /** Pulumi's {@code retainOnDelete}: removing it from the program, or destroying the stack, leaves it in AWS. */
        RETAIN_ON_DELETE
    }

    public OperationalPolicy {
        var copy = new EnumMap<Guarded, Set<Safeguard>>(Guarded.class);
        for (Guarded kind : Guarded.values()) {
            Set<Safeguard> safeguards = protection.getOrDefault(kind, Set.of());
            copy.put(kind, Collections.unmodifiableSet(safeguards.isEmpty() ? EnumSet.noneOf(Safeguard.class) : EnumSet.copyOf(safeguards)));
        }
        protection = Collections.unmodifiableMap(copy);
    }

    /** Whether resources of {@code kind} get {@code safeguard}. */
    public boolean guards(Guarded kind, Safeguard safeguard) {
        return protection.get(kind).contains(safeguard);
    }

    /** Dev: nothing is protected, so a stack can be torn down and rebuilt freely. */
    private static final Map<Guarded, Set<Safeguard>> DEV_PROTECTION = Map.of();

    /**
     * Prod, one row per kind of resource. Entry points are protected twice (Pulumi and, where AWS
     * offers it, AWS itself); the audit trail is kept when the stack goes. The database's AWS deletion
     * protection is its own key ({@code database.deletionProtection}, which prod requires).
     */
    private static final Map<Guarded, Set<Safeguard>> PROD_PROTECTION = Map.of(
            Guarded.VPC, EnumSet.of(Safeguard.PULUMI_PROTECT),
            Guarded.LOAD_BALANCER, EnumSet.of(Safeguard.PULUMI_PROTECT, Safeguard.AWS_DELETION_PROTECTION),
            Guarded.DNS_RECORD, EnumSet.of(Safeguard.PULUMI_PROTECT),
            Guarded.LOG_GROUPS, EnumSet.of(Safeguard.RETAIN_ON_DELETE),
            Guarded.ACCESS_LOG_BUCKET, EnumSet.of(Safeguard.RETAIN_ON_DELETE),
            Guarded.DATABASE, EnumSet.of(Safeguard.PULUMI_PROTECT));

    /** Dev: cheap, fast to deploy, free to tear down. Healthy in 10 s, failure seen in 10 s, 15 s drain. */
    public static final OperationalPolicy DEV = builder()
            .logRetentionDays(14)
            .minimumHealthyPercent(50)
            .maximumPercent(200)
            .protection(DEV_PROTECTION)
            .timing(DeployTiming.builder()
                    .intervalSeconds(5)
                    .timeoutSeconds(4)
                    .healthyThreshold(2)
                    .unhealthyThreshold(2)
                    .deregistrationDelaySeconds(15)
                    .stopTimeoutSeconds(10)
                    .healthCheckGracePeriodSeconds(30)
                    .containerStartPeriodSeconds(15)
                    .build())
            .build();

    /** Prod: never below full capacity, kept on delete. Healthy in 30 s, failure seen in 20 s, 30 s drain. */
    public static final OperationalPolicy PROD = builder()
            .logRetentionDays(365)
            .minimumHealthyPercent(100)
            .maximumPercent(200)
            .protection(PROD_PROTECTION)
            .timing(DeployTiming.builder()
                    .intervalSeconds(10)
                    .timeoutSeconds(5)
                    .healthyThreshold(3)
                    .unhealthyThreshold(2)
                    .deregistrationDelaySeconds(30)
                    .stopTimeoutSeconds(30)
                    .healthCheckGracePeriodSeconds(60)
                    .containerStartPeriodSeconds(30)
                    .build())
            .build();

    /** The policy of {@code profile}. */
    public static OperationalPolicy of(Profile profile) {
        return switch (profile) {
            case DEV -> DEV;
            case PROD -> PROD;
        };
    }

    /** Named construction of {@link OperationalPolicy}. */
    public static OperationalPolicyBuilder builder() {
        return OperationalPolicyBuilder.builder();
    }
}
