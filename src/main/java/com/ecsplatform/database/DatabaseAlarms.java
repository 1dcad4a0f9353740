package com.ecsplatform.database;

import com.ecsplatform.aws.DatabaseInstanceClasses;
import com.ecsplatform.aws.DatabaseInstanceClasses.DbInstanceClass;
import com.ecsplatform.support.PlatformComponent;
import com.pulumi.aws.cloudwatch.MetricAlarm;
import com.pulumi.aws.cloudwatch.MetricAlarmArgs;
import com.pulumi.resources.ComponentResourceOptions;
import io.soabase.recordbuilder.core.RecordBuilder;

import java.util.List;
import java.util.Map;

/**
 * The database's alarms, published to the stack's alarm topic: CPU, free storage, freeable memory and
 * connections against the instance class's limit (RDS User Guide, "Amazon CloudWatch metrics for
 * Amazon RDS"). A component of its own because the topic is created after the service, which needs the
 * database first; App parents it to the {@link Database} it watches, so it sits inside the tier's box.
 */
public final class DatabaseAlarms extends PlatformComponent {

    private static final int MINUTE = 60;
    private static final double BYTES_PER_GIB = 1L << 30;
    static final double CPU_PERCENT = 80;
    /** Free storage below 10 % of the allocation: storage autoscaling should have grown it by then. */
    static final double FREE_STORAGE_FRACTION = 0.10;
    static final double FREEABLE_MEMORY_FRACTION = 0.10;
    static final double CONNECTIONS_FRACTION = 0.80;

    /** One alarm: the metric, how it is aggregated, and when it fires. */
    @RecordBuilder
    record Spec(String role, String description, String metricName, String statistic, String comparison,
                double threshold, int evaluationMinutes, int datapointsToAlarm) {

        /** Named construction of a {@link Spec}. */
        static DatabaseAlarmsSpecBuilder builder() {
            return DatabaseAlarmsSpecBuilder.builder();
        }
    }

    public DatabaseAlarms(String name, DatabaseAlarmsArgs args, ComponentResourceOptions options) {
        super("ecs-platform:database:DatabaseAlarms", name, options);
        var config = args.config();
        DbInstanceClass instanceClass = DatabaseInstanceClasses.lookup(config.instanceClass())
                .orElseThrow(() -> new IllegalArgumentException("unknown DB instance class " + config.instanceClass()));
        int maxConnections = instanceClass.maxConnections(config.engine());

        var specs = List.of(
                Spec.builder()
                        .role("cpu-high")
                        .description("Database CPU stays above " + (int) CPU_PERCENT + " %")
                        .metricName("CPUUtilization").statistic("Average")
                        .comparison("GreaterThanThreshold").threshold(CPU_PERCENT)
                        .evaluationMinutes(15).datapointsToAlarm(12)
                        .build(),
                Spec.builder()
                        .role("storage-low")
                        .description("Less than 10 % of the database's allocated storage is free and autoscaling"
                                + " has not added more (it waits 6 hours between increases and stops at maxAllocatedStorageGiB)")
                        .metricName("FreeStorageSpace").statistic("Minimum")
                        .comparison("LessThanThreshold")
                        .threshold(Math.floor(config.allocatedStorageGiB() * FREE_STORAGE_FRACTION * BYTES_PER_GIB))
                        .evaluationMinutes(15).datapointsToAlarm(15)
                        .build(),
                Spec.builder()
                        .role("memory-low")
                        .description("Less than 10 % of " + instanceClass.name() + "'s memory is freeable: the database is about to swap")
                        .metricName("FreeableMemory").statistic("Average")
                        .comparison("LessThanThreshold").threshold(Math.floor(instanceClass.memoryBytes() * FREEABLE_MEMORY_FRACTION))
                        .evaluationMinutes(15).datapointsToAlarm(12)
                        .build(),
                Spec.builder()
                        .role("connections-high")
                        .description("Connections above 80 % of about " + maxConnections + ", the default limit of "
                                + config.engine().configValue() + " on " + instanceClass.name() + "; new connections will soon be refused")
                        .metricName("DatabaseConnections").statistic("Maximum")
                        .comparison("GreaterThanThreshold").threshold(Math.floor(maxConnections * CONNECTIONS_FRACTION))
                        .evaluationMinutes(5).datapointsToAlarm(5)
                        .build());
        specs.forEach(spec -> alarm(spec, args));

        registerOutputs(Map.of());
    }

    private void alarm(Spec spec, DatabaseAlarmsArgs args) {
        String alarmName = args.namePrefix() + "-db-" + spec.role();
        new MetricAlarm(child(spec.role()), MetricAlarmArgs.builder()
                .name(alarmName)
                .alarmDescription(spec.description())
                .namespace("AWS/RDS")
                .metricName(spec.metricName())
                .dimensions(args.instanceIdentifier().applyValue(id -> Map.of("DBInstanceIdentifier", id)))
                .statistic(spec.statistic())
                .period(MINUTE)
                .evaluationPeriods(spec.evaluationMinutes())
                .datapointsToAlarm(spec.datapointsToAlarm())
                .comparisonOperator(spec.comparison())
                .threshold(spec.threshold())
                // A database that stops reporting keeps its last state; a silent instance is not a healthy one.
                .treatMissingData("missing")
                .alarmActions(args.topicArn().applyValue(List::of))
                .okActions(args.topicArn().applyValue(List::of))
                .tags(nameTag(alarmName))
                .build(), childOptions());
    }
}
