package com.ecsplatform.config;

import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.ServiceFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.ecsplatform.config.ConfigAssertions.assertHasProblem;
import static com.ecsplatform.config.ConfigAssertions.assertLoads;
import static com.ecsplatform.config.ConfigAssertions.assertOnlyProblem;
import static com.ecsplatform.testing.ConfigFixtures.devRaw;
import static com.ecsplatform.testing.ConfigFixtures.fields;
import static com.ecsplatform.testing.ConfigFixtures.prodRaw;
import static com.ecsplatform.testing.ConfigFixtures.problems;
import static com.ecsplatform.testing.ConfigFixtures.set;
import static com.ecsplatform.testing.ServiceFixtures.withApi;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("ecs-platform:services, the rules across services")
class ServiceRoutingRulesTest {

    private static final String API = "ecs-platform:services.api";

    /** The dev fixture with web and api, where api's routing is {@code routing}. */
    private static Map<String, String> apiRoutedBy(Map<String, Object> routing) {
        return set(withApi(devRaw()), API + ".routing", routing);
    }

    /** The dev fixture with web, api, and a third service {@code name} with {@code routing}. */
    private static Map<String, String> withThird(String name, Map<String, Object> routing) {
        return ServiceFixtures.with(withApi(devRaw()), name, fields("image", ServiceFixtures.API_IMAGE, "routing", routing));
    }

    @Test
    void aServiceNameMustBeDnsLabelLike() {
        assertHasProblem(ServiceFixtures.with(withApi(devRaw()), "Admin_App",
                        fields("image", ServiceFixtures.API_IMAGE, "routing", fields("priority", 20, "pathPatterns", List.of("/admin/*")))),
                "ecs-platform:services.Admin_App", "is not a service name", "lowercase letters");
    }

    @Test
    void aServiceNameLongerThanTheTargetGroupAllowsIsRefused() {
        assertOnlyProblem(withThird("a-very-long-service", fields("priority", 20, "pathPatterns", List.of("/long/*"))),
                "ecs-platform:services.a-very-long-service", "2-16", "32 characters");
    }

    @Test
    void aStackNeedsADefaultService() {
        var values = set(withApi(devRaw()), "ecs-platform:services.web.routing",
                fields("priority", 20, "pathPatterns", List.of("/web/*")));

        assertOnlyProblem(values, "ecs-platform:services", "every service has routing", "exactly one");
    }

    @Test
    void aStackHasOnlyOneDefaultService() {
        var values = withApi(devRaw());
        ConfigFixtures.remove(values, API + ".routing");

        assertOnlyProblem(values, "ecs-platform:services", "web, api have no routing", "exactly one service is the default");
    }

    @Test
    void routingNeedsAHostOrPathCondition() {
        assertOnlyProblem(apiRoutedBy(fields("priority", 10)), API + ".routing", "has no condition");
    }

    @Test
    void prioritiesAreUniqueAcrossServices() {
        assertOnlyProblem(withThird("admin", fields("priority", 10, "pathPatterns", List.of("/admin/*"))),
                "ecs-platform:services.admin.routing.priority", "10 is also the priority of api");
    }

    @Test
    void twoServicesCannotMatchTheSameRequests() {
        assertOnlyProblem(withThird("admin", fields("priority", 20, "pathPatterns", List.of("/api/*"))),
                "ecs-platform:services.admin.routing", "matches exactly the requests of api");
    }

    @Test
    void theSamePathOnAnotherHostIsAnotherCondition() {
        assertLoads(withThird("admin", fields("priority", 20, "pathPatterns", List.of("/api/*"),
                "hostHeaders", List.of("lb-dev.example.com"))));
    }

    @Test
    void aRuleHasAtMostFiveConditionValues() {
        assertOnlyProblem(apiRoutedBy(fields("priority", 10, "hostHeaders", List.of("lb-dev.example.com"),
                        "pathPatterns", List.of("/a", "/b", "/c", "/d", "/e"))),
                API + ".routing", "has 6 condition values", "at most 5");
    }

    @Test
    void aRuleHasAtMostFiveWildcards() {
        assertOnlyProblem(apiRoutedBy(fields("priority", 10, "pathPatterns", List.of("/*/*/*", "/x/*/*/*"))),
                API + ".routing", "has 6 wildcards", "at most 5");
    }

    @Test
    void aPathPatternStartsWithASlash() {
        assertOnlyProblem(apiRoutedBy(fields("priority", 10, "pathPatterns", List.of("api/*"))),
                API + ".routing.pathPatterns[0]", "must start with /");
    }

    @Test
    void aPathPatternHasOnlyCharactersAnAlbRuleMatches() {
        assertOnlyProblem(apiRoutedBy(fields("priority", 10, "pathPatterns", List.of("/api/<id>"))),
                API + ".routing.pathPatterns[0]", "has a character a path pattern cannot match");
    }

    @Test
    void aHostHeaderOutsideTheStacksZoneIsRefused() {
        assertOnlyProblem(apiRoutedBy(fields("priority", 10, "hostHeaders", List.of("api.example.org"))),
                API + ".routing.hostHeaders[0]", "outside the stack's zone example.com");
    }

    @Test
    void aHostHeaderTheCertificateDoesNotNameIsRefusedWithTheNameItWouldNeed() {
        assertOnlyProblem(apiRoutedBy(fields("priority", 10, "hostHeaders", List.of("api.example.com"))),
                API + ".routing.hostHeaders[0]", "names only lb-dev.example.com", "to name api.example.com too");
    }

    @Test
    void theStacksOwnNameIsAValidHostHeader() {
        assertLoads(apiRoutedBy(fields("priority", 10, "hostHeaders", List.of("lb-dev.example.com"),
                "pathPatterns", List.of("/api/*"))));
    }

    @Test
    void withoutADomainAnyWellFormedHostHeaderIsAccepted() {
        var values = apiRoutedBy(fields("priority", 10, "hostHeaders", List.of("api.example.org")));
        values.remove("ecs-platform:domain");

        assertLoads(values);
    }

    @Test
    void aHostHeaderWithAPortIsRefused() {
        var values = apiRoutedBy(fields("priority", 10, "hostHeaders", List.of("api.example.org:8080")));
        values.remove("ecs-platform:domain");

        assertOnlyProblem(values, API + ".routing.hostHeaders[0]", "is not a host name");
    }

    @Test
    void databaseAccessNeedsTheDatabaseTier() {
        assertOnlyProblem(set(withApi(devRaw()), API + ".database", true), API + ".database",
                "the database tier is off");
    }

    @Test
    void theDatabaseVariablesAreReservedOnlyInServicesThatReachTheDatabase() {
        var values = set(withApi(prodRaw()), API + ".environment", fields("DB_HOST", "elsewhere"));

        assertLoads(values);
        assertOnlyProblem(set(values, API + ".database", true), API + ".environment.DB_HOST", "is set by the database tier");
    }

    @Test
    void everyProdServiceKeepsATaskInEveryAz() {
        var values = set(withApi(prodRaw()), API + ".minCount", 2);
        set(values, API + ".desiredCount", 2);

        assertOnlyProblem(values, API + ".minCount", "prod keeps a task in every AZ");
    }

    @Test
    void everyServicesTaskMustFitAnInstance() {
        assertOnlyProblem(set(withApi(devRaw()), API + ".cpu", 4096), API + ".cpu", "do not fit on one t3.small");
    }

    @Test
    void everyServicesSchedulesAreCheckedAgainstTheCluster() {
        var values = set(withApi(prodRaw()), API + ".schedules", List.of(fields("name", "night",
                "schedule", "cron(0 20 * * ? *)", "timezone", "Asia/Seoul", "minCount", 0, "maxCount", 0, "belowProdFloor", true)));

        assertOnlyProblem(values, API + ".schedules[0].maxCount", "cluster.minSize is 3");
    }

    @Test
    void aDocumentationAccountInAnyServiceIsAPlaceholder() {
        var config = StackConfigLoader.load(ConfigFixtures.raw(withApi(devRaw())));

        assertThat(ExamplePlaceholders.find(config, java.util.Set.of()))
                .extracting(ConfigProblem::key).contains(API + ".secrets.API_KEY");
    }

    @Test
    void minimumTasksTheClusterCannotPlaceAreAWarningNotAnError() {
        var values = set(withApi(devRaw()), API + ".minCount", 12);
        set(values, API + ".desiredCount", 12);
        set(values, API + ".maxCount", 12);

        assertThat(problems(values)).isEmpty();
        assertThat(ServiceRoutingRules.warnings(StackConfigLoader.load(ConfigFixtures.raw(values))))
                .singleElement().satisfies(warning -> {
                    assertThat(warning.key()).isEqualTo("ecs-platform:cluster.maxSize");
                    assertThat(warning.message()).contains("api 12 × 256 CPU", "2 × t3.small", "some tasks would stay pending");
                });
    }

    @Test
    void minimumTasksThatFitTheClusterGiveNoWarning() {
        assertThat(ServiceRoutingRules.warnings(StackConfigLoader.load(ConfigFixtures.raw(withApi(devRaw()))))).isEmpty();
    }

    @Test
    void everyProblemAcrossServicesIsReportedAtOnce() {
        var values = withThird("admin", fields("priority", 10, "pathPatterns", List.of("admin")));

        assertThat(problems(values)).extracting(ConfigProblem::key).containsExactlyInAnyOrder(
                "ecs-platform:services.admin.routing.pathPatterns[0]", "ecs-platform:services.admin.routing.priority");
    }
}
