package com.ecsplatform.service;

import com.ecsplatform.iam.PolicyDocument;
import com.ecsplatform.iam.PolicyDocument.Statement;
import com.ecsplatform.synth.SynthResult;
import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.Stacks;
import org.junit.jupiter.api.Test;

import static com.ecsplatform.testing.Inputs.at;
import static com.ecsplatform.testing.Inputs.bool;
import static com.ecsplatform.testing.Inputs.has;
import static com.ecsplatform.testing.Inputs.integer;
import static com.ecsplatform.testing.Inputs.string;
import static com.ecsplatform.testing.Inputs.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EcsServiceStackTest {

    private static ContainerDefinition container(SynthResult graph) {
        var definitions = ContainerDefinition.fromJson(string(graph.require("web-task"), "containerDefinitions"));
        assertThat(definitions).hasSize(1);
        return definitions.get(0);
    }

    @Test
    void theTaskUsesBridgeNetworkingWithADynamicHostPort() {
        var dev = Stacks.dev();
        var task = dev.require("web-task");

        assertThat(string(task, "networkMode")).isEqualTo("bridge");
        assertThat(strings(task, "requiresCompatibilities")).containsExactly("EC2");
        assertThat(container(dev).portMappings()).singleElement().satisfies(mapping -> {
            assertThat(mapping.containerPort()).isEqualTo(8080);
            assertThat(mapping.hostPort()).isZero();
        });
    }

    @Test
    void theContainerLogsToTheManagedLogGroup() {
        var web = container(Stacks.dev());

        assertThat(web.logConfiguration().logDriver()).isEqualTo("awslogs");
        assertThat(web.logConfiguration().options())
                .containsEntry("awslogs-group", "${web-logs.name}")
                .containsEntry("awslogs-region", "ap-northeast-2");
    }

    @Test
    void theContainerChecksItsOwnHealth() {
        var web = container(Stacks.dev());

        assertThat(web.healthCheck().command()).first().isEqualTo("CMD-SHELL");
        assertThat(web.healthCheck().command().get(1)).contains("http://localhost:8080/");
    }

    @Test
    void theContainerIsHardened() {
        var web = container(Stacks.dev());

        assertThat(web.readonlyRootFilesystem()).isTrue();
        assertThat(web.privileged()).isFalse();
        assertThat(web.user()).isEqualTo("101");
        assertThat(web.linuxParameters().capabilities().drop()).containsExactly("ALL");
        assertThat(web.mountPoints()).singleElement().satisfies(mount -> {
            assertThat(mount.containerPath()).isEqualTo("/tmp");
            assertThat(mount.readOnly()).isFalse();
        });
        assertThat(at(Stacks.dev().require("web-task"), "volumes").getAsJsonArray().get(0).getAsJsonObject().get("name").getAsString())
                .isEqualTo(web.mountPoints().get(0).sourceVolume());
    }

    @Test
    void secretsReachTheContainerByReference() {
        // Without the database tier, whose own secret DatabaseStackTest covers.
        var prod = Stacks.prodWith(values -> ConfigFixtures.set(values, "ecs-platform:database.enabled", false));
        var web = container(prod);

        assertThat(web.secrets()).singleElement().satisfies(secret -> {
            assertThat(secret.name()).isEqualTo("DATABASE_PASSWORD");
            assertThat(secret.valueFrom()).isEqualTo(ConfigFixtures.DB_PASSWORD_PARAMETER);
        });
        assertThat(web.environment()).extracting(ContainerDefinition.NameValue::name).containsExactly("APP_ENV");
    }

    @Test
    void theExecutionRoleReadsExactlyTheReferencedSecrets() {
        // Without the database tier, whose own secret DatabaseStackTest covers.
        var prod = Stacks.prodWith(values -> ConfigFixtures.set(values, "ecs-platform:database.enabled", false));

        var policy = PolicyDocument.fromJson(string(prod.require("web-execution-policy"), "policy"));
        assertThat(policy.statement()).extracting(Statement::sid).containsExactly("WriteOwnLogs", "ReadOwnParameters");
        assertThat(policy.statement().get(1).resource()).containsExactly(ConfigFixtures.DB_PASSWORD_PARAMETER);
    }

    @Test
    void theTaskDefinitionWaitsForTheExecutionRolesPermissions() {
        assertThat(Stacks.dev().require("web-task").options().dependsOn()).containsExactly("web-execution-policy");
    }

    @Test
    void bothTaskRolesTrustOnlyEcsTasks() {
        var dev = Stacks.dev();
        for (String role : new String[]{"web-execution-role", "web-task-role"}) {
            var trust = PolicyDocument.fromJson(string(dev.require(role), "assumeRolePolicy"));
            assertThat(trust.statement()).as(role).singleElement().satisfies(statement -> {
                assertThat(statement.principal()).containsExactlyEntriesOf(java.util.Map.of("Service", "ecs-tasks.amazonaws.com"));
                assertThat(statement.action()).containsExactly("sts:AssumeRole");
                assertThat(statement.condition().get("StringEquals"))
                        .as("only on behalf of this account (confused deputy)")
                        .containsEntry("aws:SourceAccount", "${lookup:accountId}");
            });
        }
    }

    @Test
    void theServicePlacesTasksThroughTheCapacityProviderNotALaunchType() {
        var service = Stacks.dev().require("web-service");

        assertThat(has(service, "launchType")).isFalse();
        var strategy = at(service, "capacityProviderStrategies").getAsJsonArray().get(0).getAsJsonObject();
        assertThat(strategy.get("capacityProvider").getAsString()).isEqualTo("${compute-capacity-provider.name}");
        assertThat(service.options().dependsOn())
                .as("waits for the capacity-provider association and the listeners that attach the target group")
                .containsExactlyInAnyOrder("compute-capacity-providers", "edge-http", "edge-https");
    }

    @Test
    void aFailedDeployRollsBack() {
        var prod = Stacks.prod().require("web-service");

        assertThat(bool(prod, "deploymentCircuitBreaker.enable")).isTrue();
        assertThat(bool(prod, "deploymentCircuitBreaker.rollback")).isTrue();
    }

    @Test
    void onlyProdNeverDropsBelowFullCapacityDuringADeploy() {
        var dev = Stacks.dev().require("web-service");
        var prod = Stacks.prod().require("web-service");

        assertThat(integer(prod, "deploymentMinimumHealthyPercent")).isEqualTo(100);
        assertThat(integer(prod, "deploymentMaximumPercent")).isEqualTo(200);
        assertThat(integer(dev, "deploymentMinimumHealthyPercent")).isEqualTo(50);
    }

    @Test
    void aDeploymentThatTripsTheTarget5xxOrUnhealthyHostAlarmsIsRolledBack() {
        var service = Stacks.prod().require("web-service");

        assertThat(bool(service, "alarms.enable")).isTrue();
        assertThat(bool(service, "alarms.rollback")).isTrue();
        assertThat(strings(service, "alarms.alarmNames"))
                .containsExactly("ecs-platform-prod-target-5xx", "ecs-platform-prod-unhealthy-targets");
        assertThat(service.inputDependencies().get("alarms")).as("the alarms exist before the service")
                .containsExactlyInAnyOrder("alarms-target-5xx", "alarms-unhealthy-targets");
    }

    @Test
    void theServiceHasTheFixedNameItsAlarmsWatch() {
        assertThat(string(Stacks.prod().require("web-service"), "name")).isEqualTo("ecs-platform-prod-web");
    }

    @Test
    void theServiceSpreadsOverAzs() {
        var service = Stacks.prod().require("web-service");

        var firstStrategy = at(service, "orderedPlacementStrategies").getAsJsonArray().get(0).getAsJsonObject();
        assertThat(firstStrategy.get("type").getAsString()).isEqualTo("spread");
        assertThat(firstStrategy.get("field").getAsString()).isEqualTo("attribute:ecs.availability-zone");
    }

    @Test
    void theServiceRegistersWithTheTargetGroup() {
        var service = Stacks.prod().require("web-service");

        var loadBalancer = at(service, "loadBalancers").getAsJsonArray().get(0).getAsJsonObject();
        assertThat(loadBalancer.get("targetGroupArn").getAsString()).isEqualTo("${edge-tg.arn}");
        assertThat(loadBalancer.get("containerName").getAsString()).isEqualTo("web");
        assertThat(loadBalancer.get("containerPort").getAsInt()).isEqualTo(8080);
        assertThat(integer(service, "healthCheckGracePeriodSeconds")).isEqualTo(60);
    }

    @Test
    void scalingOwnsTheServicesCount() {
        var service = Stacks.prod().require("web-service");

        assertThat(integer(service, "desiredCount")).isEqualTo(3);
        assertThat(service.options().ignoreChanges()).containsExactly("desiredCount");
    }

    @Test
    void autoScalingTracksCpuWithinTheConfiguredBoundsPerEnvironment() {
        var dev = Stacks.dev();
        var prod = Stacks.prod();

        assertThat(integer(dev.require("web-scaling"), "minCapacity")).isEqualTo(1);
        assertThat(integer(dev.require("web-scaling"), "maxCapacity")).isEqualTo(2);
        assertThat(integer(prod.require("web-scaling"), "minCapacity")).isEqualTo(3);
        assertThat(integer(prod.require("web-scaling"), "maxCapacity")).isEqualTo(12);
        assertThat(string(prod.require("web-scaling"), "resourceId")).isEqualTo("service/${compute-cluster.name}/ecs-platform-prod-web");
        var cpu = prod.require("web-scaling-cpu");
        assertThat(string(cpu, "policyType")).isEqualTo("TargetTrackingScaling");
        assertThat(string(cpu, "targetTrackingScalingPolicyConfiguration.predefinedMetricSpecification.predefinedMetricType"))
                .isEqualTo("ECSServiceAverageCPUUtilization");
        assertThat(at(cpu, "targetTrackingScalingPolicyConfiguration.targetValue").getAsDouble()).isCloseTo(50.0, within(0.001));
    }

    @Test
    void requestCountScalingIsAddedOnlyWhenConfigured() {
        var requests = Stacks.prod().require("web-scaling-requests");

        assertThat(string(requests, "targetTrackingScalingPolicyConfiguration.predefinedMetricSpecification.predefinedMetricType"))
                .isEqualTo("ALBRequestCountPerTarget");
        assertThat(string(requests, "targetTrackingScalingPolicyConfiguration.predefinedMetricSpecification.resourceLabel"))
                .isEqualTo("${edge-alb.arnSuffix}/${edge-tg.arnSuffix}");
        assertThat(at(requests, "targetTrackingScalingPolicyConfiguration.targetValue").getAsDouble()).isCloseTo(1000.0, within(0.001));
        assertThat(Stacks.dev().named("web-scaling-requests")).isEmpty();
    }

    @Test
    void devKeepsServiceLogsOnlyBriefly() {
        var devLogs = Stacks.dev().require("web-logs");

        assertThat(integer(devLogs, "retentionInDays")).isEqualTo(14);
        assertThat(devLogs.options().retainOnDelete()).isFalse();
    }

    @Test
    void prodKeepsServiceLogsForAYearPastTheStack() {
        var prodLogs = Stacks.prod().require("web-logs");

        assertThat(integer(prodLogs, "retentionInDays")).isEqualTo(365);
        assertThat(prodLogs.options().retainOnDelete()).isTrue();
    }

    @Test
    void aConfiguredHealthCheckCommandReplacesTheDefaultProbe() {
        var graph = Stacks.devWith(values -> ConfigFixtures.set(values, "ecs-platform:service.healthCheckCommand",
                "curl -fsS http://localhost:8080/healthz || exit 1"));

        assertThat(container(graph).healthCheck().command())
                .containsExactly("CMD-SHELL", "curl -fsS http://localhost:8080/healthz || exit 1");
    }
}
