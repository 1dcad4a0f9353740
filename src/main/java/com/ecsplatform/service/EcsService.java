package com.ecsplatform.service;

import com.ecsplatform.config.DatabaseRules;
import com.ecsplatform.config.ScheduleConfig;
import com.ecsplatform.config.ServiceConfig;
import com.ecsplatform.database.DatabaseConnection;
import com.ecsplatform.iam.PolicyDocument;
import com.ecsplatform.iam.PolicyDocument.Statement;
import com.ecsplatform.policy.OperationalPolicy;
import com.ecsplatform.service.ContainerDefinition.Capabilities;
import com.ecsplatform.service.ContainerDefinition.HealthCheck;
import com.ecsplatform.service.ContainerDefinition.LinuxParameters;
import com.ecsplatform.service.ContainerDefinition.LogConfiguration;
import com.ecsplatform.service.ContainerDefinition.MountPoint;
import com.ecsplatform.service.ContainerDefinition.NameValue;
import com.ecsplatform.service.ContainerDefinition.PortMapping;
import com.ecsplatform.service.ContainerDefinition.Secret;
import com.ecsplatform.support.PlatformComponent;
import com.ecsplatform.support.SecretInputs;
import com.pulumi.aws.appautoscaling.Policy;
import com.pulumi.aws.appautoscaling.PolicyArgs;
import com.pulumi.aws.appautoscaling.ScheduledAction;
import com.pulumi.aws.appautoscaling.ScheduledActionArgs;
import com.pulumi.aws.appautoscaling.Target;
import com.pulumi.aws.appautoscaling.TargetArgs;
import com.pulumi.aws.appautoscaling.inputs.PolicyTargetTrackingScalingPolicyConfigurationArgs;
import com.pulumi.aws.appautoscaling.inputs.PolicyTargetTrackingScalingPolicyConfigurationPredefinedMetricSpecificationArgs;
import com.pulumi.aws.appautoscaling.inputs.ScheduledActionScalableTargetActionArgs;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.ecs.Service;
import com.pulumi.aws.ecs.ServiceArgs;
import com.pulumi.aws.ecs.TaskDefinition;
import com.pulumi.aws.ecs.TaskDefinitionArgs;
import com.pulumi.aws.ecs.inputs.ServiceAlarmsArgs;
import com.pulumi.aws.ecs.inputs.ServiceCapacityProviderStrategyArgs;
import com.pulumi.aws.ecs.inputs.ServiceDeploymentCircuitBreakerArgs;
import com.pulumi.aws.ecs.inputs.ServiceLoadBalancerArgs;
import com.pulumi.aws.ecs.inputs.ServiceOrderedPlacementStrategyArgs;
import com.pulumi.aws.ecs.inputs.TaskDefinitionVolumeArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One service of the stack, named after it (the component {@code web} holds {@code web-task},
 * {@code web-service}, ...; its AWS names are {@code <project>-<stack>-<service>}): its log group, execution and task roles, the task definition (bridge networking
 * with a dynamic host port, hardened container), the ECS service on the capacity provider behind the
 * ALB's target group, target-tracking auto scaling of its task count, and the scheduled actions that
 * move the scaling bounds on a clock.
 */
public final class EcsService extends PlatformComponent {

    /**
     * The ECS name of service {@code service} under {@code namePrefix} (also its task family): fixed, so that
     * alarms can watch it before it exists.
     */
    public static String serviceName(String namePrefix, String service) {
        return namePrefix + "-" + service;
    }
    private static final String TASKS_PRINCIPAL = "ecs-tasks.amazonaws.com";
    private static final int SCALE_IN_COOLDOWN_SECONDS = 300;
    private static final int SCALE_OUT_COOLDOWN_SECONDS = 60;
    private static final int CONTAINER_CHECK_INTERVAL_SECONDS = 10;
    private static final int CONTAINER_CHECK_TIMEOUT_SECONDS = 5;
    private static final int CONTAINER_CHECK_RETRIES = 3;

    /** The service's name. */
    public final Output<String> serviceName;
    /** The service's log group name. */
    public final Output<String> logGroupName;

    public EcsService(String name, EcsServiceArgs args, ComponentResourceOptions options) {
        super("ecs-platform:service:EcsService", name, options);
        var policy = args.policy();
        // The container is named after the service too: the load balancer block refers to it.
        String awsName = serviceName(args.namePrefix(), name);
        String containerName = name;

        var logGroup = new LogGroup(child("logs"), LogGroupArgs.builder()
                .retentionInDays(policy.logRetentionDays())
                .tags(nameTag(awsName))
                .build(), CustomResourceOptions.builder()
                .parent(this)
                .retainOnDelete(policy.guards(OperationalPolicy.Guarded.LOG_GROUPS, OperationalPolicy.Safeguard.RETAIN_ON_DELETE))
                .build());

        var executionRole = tasksRole("execution",
                "ECS agent for " + awsName + ": pull the image, write logs, read its secrets", args.accountId());
        var executionPolicy = new RolePolicy(child("execution-policy"), RolePolicyArgs.builder()
                .role(executionRole.id())
                // Names the image's repository and the secret references: secret when the service settings are.
                .policy(SecretInputs.of(args.serviceSecret(), Output.tuple(logGroup.arn(), databaseSecretStatements(args)).applyValue(refs -> {
                    var statements = new ArrayList<>(TaskRoles.executionStatements(
                            refs.t1, args.service().image(), args.service().secrets().values()));
                    statements.addAll(refs.t2);
                    return new PolicyDocument("2012-10-17", statements).toJson();
                })))
                .build(), under(executionRole));
        var iamDatabase = args.database().filter(DatabaseConnection::iamAuthentication);
        var taskRole = tasksRole("task", "The application in " + awsName
                + (iamDatabase.isPresent() ? ": connects to its database with IAM" : "; grants nothing yet"), args.accountId());
        var taskPolicy = iamDatabase.map(database ->
                new RolePolicy(child("task-policy"), RolePolicyArgs.builder()
                        .role(taskRole.id())
                        .policy(Output.tuple(args.accountId(), database.resourceId()).applyValue(refs -> PolicyDocument.of(
                                TaskRoles.databaseConnectStatement(args.region(), refs.t1, refs.t2, database.username())).toJson()))
                        .build(), under(taskRole)));

        var taskDefinition = new TaskDefinition(child("task"), TaskDefinitionArgs.builder()
                .family(awsName)
                .networkMode("bridge")
                .requiresCompatibilities("EC2")
                .cpu(Integer.toString(args.service().cpu()))
                .memory(Integer.toString(args.service().memory()))
                .executionRoleArn(executionRole.arn())
                .taskRoleArn(taskRole.arn())
                .volumes(args.service().writablePaths().stream()
                        .map(path -> TaskDefinitionVolumeArgs.builder().name(volumeName(path)).build())
                        .toList())
                .containerDefinitions(SecretInputs.of(args.serviceSecret(), Output.tuple(logGroup.name(), databaseVariables(args)).applyValue(refs ->
                        ContainerDefinition.toJson(List.of(container(args, containerName, refs.t1, refs.t2))))))
                .tags(nameTag(awsName))
                .build(), CustomResourceOptions.builder()
                .parent(this)
                // Tasks start only once the agent may pull, log and read secrets (and the app may connect).
                .dependsOn(Stream.concat(Stream.of(executionPolicy), taskPolicy.stream()).map(Resource.class::cast).toList())
                .build());

        var service = new Service(child("service"), ServiceArgs.builder()
                .name(awsName)
                .cluster(args.clusterArn())
                .taskDefinition(taskDefinition.arn())
                .desiredCount(args.service().desiredCount())
                .capacityProviderStrategies(ServiceCapacityProviderStrategyArgs.builder()
                        .capacityProvider(args.capacityProviderName())
                        .weight(1)
                        .base(0)
                        .build())
                // A deployment whose tasks never become healthy is stopped by the circuit breaker; one
                // whose tasks pass health checks and then fail is stopped by the deployment alarms.
                .deploymentCircuitBreaker(ServiceDeploymentCircuitBreakerArgs.builder().enable(true).rollback(true).build())
                .alarms(ServiceAlarmsArgs.builder()
                        .alarmNames(args.deploymentAlarmNames())
                        .enable(true)
                        .rollback(true)
                        .build())
                .deploymentMinimumHealthyPercent(policy.minimumHealthyPercent())
                .deploymentMaximumPercent(policy.maximumPercent())
                .healthCheckGracePeriodSeconds(policy.timing().healthCheckGracePeriodSeconds())
                .orderedPlacementStrategies(
                        ServiceOrderedPlacementStrategyArgs.builder().type("spread").field("attribute:ecs.availability-zone").build(),
                        ServiceOrderedPlacementStrategyArgs.builder().type("spread").field("instanceId").build())
                .availabilityZoneRebalancing("ENABLED")
                .loadBalancers(ServiceLoadBalancerArgs.builder()
                        .targetGroupArn(args.targetGroupArn())
                        .containerName(containerName)
                        .containerPort(args.service().containerPort())
                        .build())
                .enableEcsManagedTags(true)
                .propagateTags("SERVICE")
                .waitForSteadyState(true)
                .tags(nameTag(awsName))
                .build(), CustomResourceOptions.builder()
                .parent(this)
                .dependsOn(dependencies(args))
                // Service auto scaling owns the task count after creation; `pulumi up` must not reset it.
                .ignoreChanges(List.of("desiredCount"))
                .build());
        serviceName = service.name();
        logGroupName = logGroup.name();

        autoScaling(args, service);

        registerOutputs(Map.of("serviceName", serviceName, "logGroupName", logGroupName));
    }

    /** The capacity-provider association and the target group's listeners: none is implied by an input. */
    private static List<Resource> dependencies(EcsServiceArgs args) {
        var dependencies = new ArrayList<Resource>();
        dependencies.add(args.capacityProviderAssociation());
        dependencies.addAll(args.targetGroupListeners());
        return dependencies;
    }

    private Role tasksRole(String role, String description, Output<String> accountId) {
        return serviceRole(role, description,
                accountId.applyValue(account -> PolicyDocument.trust("EcsTasksAssumeRole", TASKS_PRINCIPAL, account)));
    }

    /** The execution role's grant on the database's managed secret; none without a database. */
    private static Output<List<Statement>> databaseSecretStatements(EcsServiceArgs args) {
        return args.database()
                .map(database -> database.secretArn().applyValue(secretArn ->
                        TaskRoles.databaseSecretStatements(secretArn, database.kmsKeyArn(), args.region())))
                .orElse(Output.of(List.of()));
    }

    /**
     * Where the database is, as plain variables, and the master user's name and password as secrets the
     * agent reads from the JSON keys of the secret RDS manages ({@code <secret arn>:<json key>::}, ECS
     * Developer Guide, "Pass Secrets Manager secrets through Amazon ECS environment variables").
     */
    private static Output<DatabaseVariables> databaseVariables(EcsServiceArgs args) {
        return args.database()
                .map(database -> Output.tuple(database.address(), database.secretArn()).applyValue(refs -> new DatabaseVariables(
                        List.of(new NameValue(DatabaseRules.DB_HOST, refs.t1),
                                new NameValue(DatabaseRules.DB_NAME, database.name()),
                                new NameValue(DatabaseRules.DB_PORT, Integer.toString(database.port()))),
                        List.of(new Secret(DatabaseRules.DB_PASSWORD, refs.t2 + ":password::"),
                                new Secret(DatabaseRules.DB_USERNAME, refs.t2 + ":username::")))))
                .orElse(Output.of(new DatabaseVariables(List.of(), List.of())));
    }

    /** Variables the database tier adds to the container. */
    private record DatabaseVariables(List<NameValue> environment, List<Secret> secrets) {
    }

    private static ContainerDefinition container(EcsServiceArgs args, String containerName, String logGroupName,
                                                 DatabaseVariables database) {
        var service = args.service();
        var timing = args.policy().timing();
        String probe = service.healthCheckCommand().orElseGet(() ->
                "wget -q -O /dev/null http://localhost:" + service.containerPort() + service.healthCheckPath() + " || exit 1");
        return ContainerDefinition.builder()
                .name(containerName)
                .image(service.image())
                .essential(true)
                .cpu(service.cpu())
                .memory(service.memory())
                .portMappings(List.of(new PortMapping(service.containerPort(), 0, "tcp")))
                .environment(Stream.concat(service.environment().entrySet().stream().map(e -> new NameValue(e.getKey(), e.getValue())),
                                database.environment().stream()).toList())
                .secrets(Stream.concat(service.secrets().entrySet().stream().map(e -> new Secret(e.getKey(), e.getValue())),
                                database.secrets().stream()).toList())
                .logConfiguration(new LogConfiguration("awslogs", new TreeMap<>(Map.of(
                        "awslogs-group", logGroupName,
                        "awslogs-region", args.region(),
                        "awslogs-stream-prefix", containerName))))
                .healthCheck(new HealthCheck(List.of("CMD-SHELL", probe), CONTAINER_CHECK_INTERVAL_SECONDS,
                        CONTAINER_CHECK_TIMEOUT_SECONDS, CONTAINER_CHECK_RETRIES, timing.containerStartPeriodSeconds()))
                .readonlyRootFilesystem(true)
                .mountPoints(service.writablePaths().stream().map(path -> new MountPoint(volumeName(path), path, false)).toList())
                .user(service.user().orElse(null))
                .privileged(false)
                .stopTimeout(timing.stopTimeoutSeconds())
                .linuxParameters(new LinuxParameters(true, Capabilities.dropping(List.of("ALL"))))
                .build();
    }

    private void autoScaling(EcsServiceArgs args, Service service) {
        var counts = args.service();
        var target = new Target(child("scaling"), TargetArgs.builder()
                .serviceNamespace("ecs")
                .scalableDimension("ecs:service:DesiredCount")
                .resourceId(Output.format("service/%s/%s", args.clusterName(), service.name()))
                .minCapacity(counts.minCount())
                .maxCapacity(counts.maxCount())
                .build(), schedulesOwnTheBounds(counts) ? CustomResourceOptions.builder().parent(service)
                        // The scheduled actions move the bounds from then on: a refresh at night reads 0/0
                        // back, and neither `pulumi up --refresh` nor the drift check may undo that. A new
                        // configured count reaches the target through the schedules that carry it.
                        .ignoreChanges(List.of("minCapacity", "maxCapacity"))
                        .build() : under(service));
        trackingPolicy("cpu", target, counts.cpuTargetPercent(),
                PolicyTargetTrackingScalingPolicyConfigurationPredefinedMetricSpecificationArgs.builder()
                        .predefinedMetricType("ECSServiceAverageCPUUtilization")
                        .build());
        args.service().requestsPerTarget().ifPresent(requests -> trackingPolicy("requests", target, requests,
                PolicyTargetTrackingScalingPolicyConfigurationPredefinedMetricSpecificationArgs.builder()
                        .predefinedMetricType("ALBRequestCountPerTarget")
                        .resourceLabel(args.requestCountResourceLabel())
                        .build()));
        args.service().schedules().forEach(schedule -> scheduledAction(target, schedule));
    }

    /** With schedules, the scheduled actions, not this program's updates, set the target's bounds over time. */
    private static boolean schedulesOwnTheBounds(ServiceConfig counts) {
        return !counts.schedules().isEmpty();
    }

    /**
     * A scheduled action sets the scalable target's minimum and maximum when it fires; target tracking
     * keeps scaling inside them. Holding at 0/0 scales the service to zero, and the capacity provider's
     * managed scaling then takes the instances down to {@code cluster.minSize}. The service's
     * {@code desiredCount} is in ignoreChanges, so a {@code pulumi up} while it sleeps leaves it asleep.
     * Both counts are always sent, so each action states the whole bound it sets.
     */
    private void scheduledAction(Target target, ScheduleConfig schedule) {
        new ScheduledAction(child("schedule-" + schedule.name()), ScheduledActionArgs.builder()
                .name(schedule.name())
                .serviceNamespace(target.serviceNamespace())
                .scalableDimension(target.scalableDimension())
                .resourceId(target.resourceId())
                .schedule(schedule.schedule())
                .timezone(schedule.timezone())
                .startTime(schedule.startTime().map(Output::of).orElse(null))
                .endTime(schedule.endTime().map(Output::of).orElse(null))
                .scalableTargetAction(ScheduledActionScalableTargetActionArgs.builder()
                        .minCapacity(schedule.minCount())
                        .maxCapacity(schedule.maxCount())
                        .build())
                .build(), under(target));
    }

    private void trackingPolicy(String role, Target target, int targetValue,
                                PolicyTargetTrackingScalingPolicyConfigurationPredefinedMetricSpecificationArgs metric) {
        new Policy(child("scaling-" + role), PolicyArgs.builder()
                .policyType("TargetTrackingScaling")
                .serviceNamespace(target.serviceNamespace())
                .scalableDimension(target.scalableDimension())
                .resourceId(target.resourceId())
                .targetTrackingScalingPolicyConfiguration(PolicyTargetTrackingScalingPolicyConfigurationArgs.builder()
                        .predefinedMetricSpecification(metric)
                        .targetValue((double) targetValue)
                        .scaleInCooldown(SCALE_IN_COOLDOWN_SECONDS)
                        .scaleOutCooldown(SCALE_OUT_COOLDOWN_SECONDS)
                        .build())
                .build(), under(target));
    }

    /** {@code /var/cache/nginx} becomes the volume {@code var-cache-nginx}. */
    static String volumeName(String path) {
        return path.replaceAll("^/+", "").replaceAll("[^A-Za-z0-9]+", "-");
    }
}
