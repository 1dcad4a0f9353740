package com.ecsplatform.service;

import com.ecsplatform.synth.SynthResult;
import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.ServiceFixtures;
import com.ecsplatform.testing.Stacks;
import org.junit.jupiter.api.Test;

import static com.ecsplatform.testing.Inputs.at;
import static com.ecsplatform.testing.Inputs.string;
import static org.assertj.core.api.Assertions.assertThat;

/** Each service is its own: names, roles scoped to its own image and secrets, its own scaling. */
class ServiceIsolationStackTest {

    private static final String WEB_REPOSITORY = "123456789012.dkr.ecr.ap-northeast-2.amazonaws.com/web:1.0.0";
    private static final String API_REPOSITORY = "123456789012.dkr.ecr.ap-northeast-2.amazonaws.com/api:2.0.0";
    private static SynthResult graph;

    /** Prod with api, each service pulling from its own ECR repository. */
    private static synchronized SynthResult graph() {
        if (graph == null) {
            graph = Stacks.prodWith(values -> {
                ServiceFixtures.withApi(values);
                ConfigFixtures.set(values, "ecs-platform:services.web.image", WEB_REPOSITORY);
                ConfigFixtures.set(values, "ecs-platform:services.api.image", API_REPOSITORY);
            });
        }
        return graph;
    }

    private static String executionPolicy(String service) {
        return string(graph().require(service + "-execution-policy"), "policy");
    }

    @Test
    void aServicesResourcesAreNamedAfterIt() {
        assertThat(graph().require("api").type()).isEqualTo("ecs-platform:service:EcsService");
        assertThat(graph().named("api-task")).isPresent();
        assertThat(graph().named("api-logs")).isPresent();
        assertThat(graph().named("api-scaling")).isPresent();
    }

    @Test
    void theEcsServiceAndTaskFamilyAreNamedAfterTheService() {
        assertThat(string(graph().require("api-service"), "name")).isEqualTo("ecs-platform-prod-api");
        assertThat(string(graph().require("api-task"), "family")).isEqualTo("ecs-platform-prod-api");
    }

    @Test
    void aServicesRolesDescribeThatService() {
        assertThat(string(graph().require("api-execution-role"), "description")).contains("ecs-platform-prod-api")
                .doesNotContain("-web");
        assertThat(string(graph().require("api-task-role"), "description")).contains("ecs-platform-prod-api");
    }

    @Test
    void aServicesContainerIsNamedAfterTheServiceInItsLoadBalancerBlock() {
        var container = ContainerDefinition.fromJson(string(graph().require("api-task"), "containerDefinitions")).get(0);

        assertThat(container.name()).isEqualTo("api");
        assertThat(at(graph().require("api-service"), "loadBalancers").getAsJsonArray().get(0).getAsJsonObject().get("containerName").getAsString()).isEqualTo("api");
    }

    @Test
    void aServicePullsOnlyFromItsOwnRepository() {
        assertThat(executionPolicy("api")).contains("repository/api").doesNotContain("repository/web");
        assertThat(executionPolicy("web")).contains("repository/web").doesNotContain("repository/api");
    }

    @Test
    void aServiceReadsOnlyItsOwnSecrets() {
        assertThat(executionPolicy("api")).contains(ServiceFixtures.API_SECRET).doesNotContain(ConfigFixtures.DB_PASSWORD_PARAMETER);
        assertThat(executionPolicy("web")).contains(ConfigFixtures.DB_PASSWORD_PARAMETER).doesNotContain(ServiceFixtures.API_SECRET);
    }

    @Test
    void aServiceWritesOnlyItsOwnLogGroup() {
        assertThat(executionPolicy("api")).contains("${api-logs.arn}").doesNotContain("${web-logs.arn}");
    }

    @Test
    void onlyAServiceWithDatabaseAccessMayReadTheDatabaseSecret() {
        assertThat(executionPolicy("web")).contains("ReadDatabaseSecret");
        assertThat(executionPolicy("api")).doesNotContain("ReadDatabaseSecret", "masterUserSecrets");
    }

    @Test
    void aServiceThatOptsInGetsTheDatabaseSecret() {
        var withAccess = Stacks.prodWith(values -> ConfigFixtures.set(ServiceFixtures.withApi(values),
                "ecs-platform:services.api.database", true));

        assertThat(string(withAccess.require("api-execution-policy"), "policy")).contains("ReadDatabaseSecret");
    }

    @Test
    void eachServiceScalesItsOwnTaskCount() {
        assertThat(string(graph().require("api-scaling"), "resourceId"))
                .isEqualTo("service/${compute-cluster.name}/ecs-platform-prod-api");
        assertThat(graph().named("api-scaling-cpu")).isPresent();
    }

    @Test
    void eachServiceRollsBackOnItsOwnDeploymentAlarms() {
        assertThat(at(graph().require("api-service"), "alarms.alarmNames").getAsJsonArray().get(0).getAsString()).isEqualTo("ecs-platform-prod-api-target-5xx");
        assertThat(at(graph().require("web-service"), "alarms.alarmNames").getAsJsonArray().get(0).getAsString()).isEqualTo("ecs-platform-prod-target-5xx");
    }

    @Test
    void eachServicesAlarmsWatchItsOwnTargetGroupAndService() {
        assertThat(string(graph().require("alarms-api-target-5xx"), "name")).isEqualTo("ecs-platform-prod-api-target-5xx");
        assertThat(string(graph().require("alarms-api-target-5xx"), "dimensions.TargetGroup")).isEqualTo("${edge-api-tg.arnSuffix}");
        assertThat(string(graph().require("alarms-api-cpu-high"), "dimensions.ServiceName")).isEqualTo("ecs-platform-prod-api");
    }
}
