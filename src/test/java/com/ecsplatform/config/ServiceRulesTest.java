package com.ecsplatform.config;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static com.ecsplatform.config.ConfigAssertions.assertLoads;
import static com.ecsplatform.config.ConfigAssertions.assertOnlyProblem;
import static com.ecsplatform.testing.ConfigFixtures.devRaw;
import static com.ecsplatform.testing.ConfigFixtures.fields;
import static com.ecsplatform.testing.ConfigFixtures.prodRaw;
import static com.ecsplatform.testing.ConfigFixtures.raw;
import static com.ecsplatform.testing.ConfigFixtures.remove;
import static com.ecsplatform.testing.ConfigFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@DisplayName("ecs-platform:service")
class ServiceRulesTest {

    private static final String SERVICE = "ecs-platform:service.";

    // ---- image

    @Test
    void requiresAnImage() {
        assertOnlyProblem(remove(devRaw(), SERVICE + "image"), SERVICE + "image",
                "is required: the container image to run, for example nginxinc/nginx-unprivileged:1.27-alpine");
    }

    @Test
    void requiresTheServiceKeyForItsImage() {
        assertOnlyProblem(remove(devRaw(), "ecs-platform:service"), SERVICE + "image", "is required");
    }

    @Test
    void rejectsImageWithWhitespace() {
        assertOnlyProblem(set(devRaw(), SERVICE + "image", "nginx :1.27"), SERVICE + "image",
                "\"nginx :1.27\" must not contain whitespace");
    }

    @Test
    void rejectsImageLongerThan255Characters() {
        assertOnlyProblem(set(devRaw(), SERVICE + "image", "registry.example.com/" + "a".repeat(240) + ":1"),
                SERVICE + "image", "is 263 characters long; an image reference has at most 255");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nginx", "registry.example.com:5000/team/app", "public.ecr.aws/nginx/nginx:latest"})
    void rejectsUnpinnedImageInProd(String image) {
        assertOnlyProblem(set(prodRaw(), SERVICE + "image", image), SERVICE + "image",
                "prod must pin a version or digest");
    }

    @ParameterizedTest
    @ValueSource(strings = {"registry.example.com:5000/team/app:2.4.1", "nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"})
    void acceptsPinnedImageInProd(String image) {
        assertLoads(set(prodRaw(), SERVICE + "image", image));
    }

    @Test
    void acceptsUnpinnedImageInDev() {
        assertLoads(set(devRaw(), SERVICE + "image", "nginx:latest"));
    }

    // ---- task size

    @ParameterizedTest
    @ValueSource(ints = {0, 65536})
    void rejectsContainerPortOutside1To65535(int port) {
        assertOnlyProblem(set(devRaw(), SERVICE + "containerPort", port), SERVICE + "containerPort",
                "must be between 1 and 65535, got " + port);
    }

    @Test
    void rejectsCpuBelow128Units() {
        assertOnlyProblem(set(devRaw(), SERVICE + "cpu", 64), SERVICE + "cpu",
                "must be at least 128, got 64; 1024 CPU units are one vCPU");
    }

    @Test
    void rejectsCpuAboveOneInstance() {
        assertOnlyProblem(set(devRaw(), SERVICE + "cpu", 4096), SERVICE + "cpu",
                "4096 CPU units do not fit on one t3.small: it has 2048 (2 vCPUs × 1024); over by 2048 units");
    }

    @Test
    void rejectsMemoryBelow128MiB() {
        assertOnlyProblem(set(devRaw(), SERVICE + "memory", 64), SERVICE + "memory", "must be at least 128, got 64");
    }

    @Test
    void rejectsMemoryThatDoesNotFitOnOneInstance() {
        assertOnlyProblem(set(devRaw(), SERVICE + "memory", 4096), SERVICE + "memory",
                "4096 MiB does not fit on one t3.small: at most 1587 MiB is schedulable"
                        + " (2048 MiB × 0.9 − 256 MiB reserved); over by 2509 MiB");
    }

    @Test
    void acceptsMemoryUpToTheSchedulableAmount() {
        assertLoads(set(devRaw(), SERVICE + "memory", 1587));
    }

    @Test
    void checksTheFitAgainstTheClusterTypeTheStackSets() {
        var values = set(devRaw(), "ecs-platform:cluster.instanceType", "r6i.large");
        set(values, SERVICE + "memory", 14000);

        assertLoads(values);
    }

    @Test
    void skipsTheFitCheckWhenTheClusterTypeIsInvalid() {
        var values = set(devRaw(), "ecs-platform:cluster.instanceType", "t3.tiny");
        set(values, SERVICE + "memory", 4096);

        assertOnlyProblem(values, "ecs-platform:cluster.instanceType", "is not an instance type this program knows");
    }

    // ---- counts and scaling

    @Test
    void rejectsMinCountOfZero() {
        var values = set(devRaw(), "ecs-platform:service.minCount", 0);
        set(values, SERVICE + "desiredCount", 0);

        assertOnlyProblem(values, SERVICE + "minCount", "must be at least 1, got 0");
    }

    @Test
    void rejectsMinCountAboveMaxCount() {
        var values = set(devRaw(), SERVICE + "minCount", 3);

        assertOnlyProblem(values, SERVICE + "minCount", "3 is greater than maxCount 2; lower minCount or raise maxCount");
    }

    @Test
    void rejectsDesiredCountAboveMaxCount() {
        assertOnlyProblem(set(devRaw(), SERVICE + "desiredCount", 5), SERVICE + "desiredCount",
                "5 is above maxCount 2; it must lie between minCount and maxCount");
    }

    @ParameterizedTest
    @ValueSource(ints = {9, 91})
    void rejectsCpuTargetOutside10To90(int percent) {
        assertOnlyProblem(set(devRaw(), SERVICE + "cpuTargetPercent", percent), SERVICE + "cpuTargetPercent",
                "must be between 10 and 90, got " + percent);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 100_001})
    void rejectsRequestsPerTargetOutside1To100000(int requests) {
        assertOnlyProblem(set(devRaw(), SERVICE + "requestsPerTarget", requests), SERVICE + "requestsPerTarget",
                "must be between 1 and 100000, got " + requests);
    }

    // ---- health check, user, filesystem

    @ParameterizedTest
    @ValueSource(strings = {"health", "/health check"})
    void rejectsHealthCheckPathNotStartingWithSlashOrWithWhitespace(String path) {
        assertOnlyProblem(set(devRaw(), SERVICE + "healthCheckPath", path), SERVICE + "healthCheckPath",
                "\"" + path + "\" must");
    }

    @Test
    void rejectsHealthCheckPathLongerThan1024() {
        assertOnlyProblem(set(devRaw(), SERVICE + "healthCheckPath", "/" + "a".repeat(1024)), SERVICE + "healthCheckPath",
                "is 1025 characters long; the load balancer accepts at most 1024");
    }

    @ParameterizedTest
    @ValueSource(strings = {"root", "0", "0:0", "0:1000", "root:root", "00"})
    void rejectsRootUser(String user) {
        assertOnlyProblem(set(devRaw(), SERVICE + "user", user), SERVICE + "user",
                "the container must not run as root");
    }

    @ParameterizedTest
    @ValueSource(strings = {"101", "1000:1000", "1000:0", "nginx", "rootless"})
    void acceptsNonRootUser(String user) {
        assertThat(StackConfigLoader.load(raw(set(devRaw(), SERVICE + "user", user))).service().user()).contains(user);
    }

    @Test
    void acceptsNumericUserWrittenAsNumber() {
        assertThat(StackConfigLoader.load(raw(set(devRaw(), SERVICE + "user", 1001))).service().user()).contains("1001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tmp", "/", "/var/../etc"})
    void rejectsWritablePathsThatAreRelativeRootOrEscaping(String path) {
        assertOnlyProblem(set(devRaw(), SERVICE + "writablePaths", List.of("/tmp", path)), SERVICE + "writablePaths[1]",
                "\"" + path + "\"");
    }

    @Test
    void rejectsRepeatedWritablePath() {
        assertOnlyProblem(set(devRaw(), SERVICE + "writablePaths", List.of("/tmp", "/var/cache", "/tmp")),
                SERVICE + "writablePaths[2]", "repeats writablePaths[0]");
    }

    // ---- environment and secrets

    @ParameterizedTest
    @ValueSource(strings = {"1FOO", "FOO-BAR", "FOO BAR"})
    void rejectsInvalidEnvironmentNames(String name) {
        assertOnlyProblem(set(devRaw(), SERVICE + "environment", fields(name, "x")), SERVICE + "environment." + name,
                "is not a valid environment variable name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DB_PASSWORD", "db_passwd", "JWT_SECRET", "GITHUB_TOKEN", "STRIPE_API_KEY", "MAPSAPIKEY",
            "SSH_PRIVATE_KEY", "GOOGLE_CREDENTIALS", "AWS_SECRET_ACCESS_KEY", "AWS_ACCESS_KEY_ID"})
    void rejectsSecretLookingEnvironmentNamesWithoutShowingTheValue(String name) {
        var values = set(devRaw(), SERVICE + "environment", fields("APP_ENV", "dev", name, "hunter2-do-not-print"));

        assertOnlyProblem(values, SERVICE + "environment." + name, "looks like a secret; move it to service.secrets");
        var error = catchThrowableOfType(() -> StackConfigLoader.load(raw(values)), ConfigException.class);
        assertThat(error.getMessage()).doesNotContain("hunter2");
    }

    @Test
    void takesScalarEnvironmentValuesAsText() {
        var values = set(devRaw(), SERVICE + "environment", fields("WORKERS", 4, "DEBUG", false));

        assertThat(StackConfigLoader.load(raw(values)).service().environment())
                .isEqualTo(Map.of("WORKERS", "4", "DEBUG", "false"));
    }

    @Test
    void rejectsEnvironmentValueThatIsNotAString() {
        assertOnlyProblem(set(devRaw(), SERVICE + "environment", fields("HOSTS", List.of("a", "b"))),
                SERVICE + "environment.HOSTS", "must be a string, got a list");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "arn:aws:ssm:ap-northeast-2:123456789012:parameter/app/db",
            "arn:aws:secretsmanager:ap-northeast-2:123456789012:secret:app/db-AbCdEf",
            "arn:aws:secretsmanager:ap-northeast-2:123456789012:secret:app/db-AbCdEf:password::",
            "arn:aws-us-gov:ssm:us-gov-west-1:123456789012:parameter/app/db"})
    void acceptsArnsOfEitherSecretStore(String arn) {
        assertLoads(set(devRaw(), SERVICE + "secrets", fields("DB_PASSWORD", arn)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "hunter2-do-not-print",
            "arn:aws:s3:::bucket/hunter2-do-not-print",
            "arn:aws:ssm:ap-northeast-2:1234:parameter/hunter2-do-not-print",
            "arn:aws:secretsmanager:ap-northeast-2:123456789012:parameter/hunter2-do-not-print"})
    void rejectsSecretValuesThatAreNotArnsWithoutShowingThem(String value) {
        var values = set(devRaw(), SERVICE + "secrets", fields("DB_PASSWORD", value));

        assertOnlyProblem(values, SERVICE + "secrets.DB_PASSWORD",
                "must be the ARN of an SSM parameter", "the value is not shown");
        var error = catchThrowableOfType(() -> StackConfigLoader.load(raw(values)), ConfigException.class);
        assertThat(error.getMessage()).doesNotContain("hunter2");
    }

    @Test
    void rejectsInvalidSecretName() {
        assertOnlyProblem(set(devRaw(), SERVICE + "secrets",
                        fields("db-password", "arn:aws:ssm:ap-northeast-2:123456789012:parameter/app/db")),
                SERVICE + "secrets.db-password", "is not a valid environment variable name");
    }

    @Test
    void rejectsASecretNameAlsoSetInTheEnvironment() {
        var values = set(devRaw(), SERVICE + "environment", fields("APP_ENV", "dev", "DATABASE_URL", "postgres://db"));
        set(values, SERVICE + "secrets", fields("DATABASE_URL", "arn:aws:ssm:ap-northeast-2:123456789012:parameter/app/url"));

        assertOnlyProblem(values, SERVICE + "secrets.DATABASE_URL",
                "is also set in service.environment; define it in one of the two");
    }
}
