package com.ecsplatform.config;

import com.ecsplatform.aws.DatabaseEngine;
import com.ecsplatform.network.NatStrategy;
import com.ecsplatform.testing.ConfigFixtures;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.ecsplatform.config.ConfigAssertions.assertLoads;
import static com.ecsplatform.config.ConfigAssertions.assertOnlyProblem;
import static com.ecsplatform.testing.ConfigFixtures.DB_PASSWORD_PARAMETER;
import static com.ecsplatform.testing.ConfigFixtures.DEV_SSH_PUBLIC_KEY;
import static com.ecsplatform.testing.ConfigFixtures.IMAGE;
import static com.ecsplatform.testing.ConfigFixtures.PROD_SSH_PUBLIC_KEY;
import static com.ecsplatform.testing.ConfigFixtures.devRaw;
import static com.ecsplatform.testing.ConfigFixtures.fields;
import static com.ecsplatform.testing.ConfigFixtures.json;
import static com.ecsplatform.testing.ConfigFixtures.problems;
import static com.ecsplatform.testing.ConfigFixtures.prodRaw;
import static com.ecsplatform.testing.ConfigFixtures.raw;
import static com.ecsplatform.testing.ConfigFixtures.remove;
import static com.ecsplatform.testing.ConfigFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StackConfigLoaderTest {

    @Test
    @DisplayName("the dev fixture loads into the expected records")
    void loadsDevFixture() {
        StackConfig config = StackConfigLoader.load(raw(devRaw()));

        assertThat(config).isEqualTo(StackConfig.builder()
                .stackName("dev").stackFile("Pulumi.dev.yaml").region("ap-northeast-2").profile(Profile.DEV)
                .network(new NetworkConfig("10.10.0.0/16", 2, NatStrategy.SINGLE, 14))
                .sshPublicKey(DEV_SSH_PUBLIC_KEY)
                .bastion(new BastionConfig(true, "t3.micro", List.of("203.0.113.0/24")))
                .database(Defaults.of(Profile.DEV).database())
                .cluster(cluster("t3.small", 0, 2, 1, 100))
                .services(Map.of("web", Defaults.of(Profile.DEV).service().toBuilder()
                        .image(IMAGE).user(Optional.of("101")).environment(Map.of("APP_ENV", "dev"))
                        .schedules(List.of(
                                ScheduleConfig.builder().name("evening").schedule("cron(0 20 ? * MON-FRI *)")
                                        .timezone("Asia/Seoul").minCount(0).maxCount(0).build(),
                                ScheduleConfig.builder().name("morning").schedule("cron(0 8 ? * MON-FRI *)")
                                        .timezone("Asia/Seoul").minCount(1).maxCount(2).build()))
                        .build())).legacyServiceKey(true)
                .domain(Optional.of(new DomainConfig("example.com", "lb-dev")))
                .build());
    }

    @Test
    @DisplayName("the prod fixture loads into the expected records")
    void loadsProdFixture() {
        StackConfig config = StackConfigLoader.load(raw(prodRaw()));

        assertThat(config).isEqualTo(StackConfig.builder()
                .stackName("prod").stackFile("Pulumi.prod.yaml").region("ap-northeast-2").profile(Profile.PROD)
                .network(new NetworkConfig("10.20.0.0/16", 3, NatStrategy.PER_AZ, 365))
                .sshPublicKey(PROD_SSH_PUBLIC_KEY)
                .bastion(new BastionConfig(true, "t3.micro", List.of("198.51.100.0/24")))
                .database(DatabaseTierConfig.builder()
                        .enabled(true)
                        .engine(DatabaseEngine.POSTGRES)
                        .engineVersion("16")
                        .instanceClass("db.m6g.large")
                        .allocatedStorageGiB(100)
                        .maxAllocatedStorageGiB(1000)
                        .multiAz(true)
                        .backupRetentionDays(14)
                        .port(5432)
                        .name("app")
                        .username("app_admin")
                        .backupWindow("17:00-18:00")
                        .maintenanceWindow("sun:18:30-sun:19:30")
                        .deletionProtection(true)
                        .iamAuthentication(false)
                        .kmsKeyArn(Optional.empty())
                        .build())
                .cluster(cluster("m6i.large", 3, 6, 3, 80))
                .services(Map.of("web", Defaults.of(Profile.PROD).service().toBuilder()
                        .image(IMAGE).requestsPerTarget(Optional.of(1000)).user(Optional.of("101"))
                        .environment(Map.of("APP_ENV", "prod")).secrets(Map.of("DATABASE_PASSWORD", DB_PASSWORD_PARAMETER))
                        .build())).legacyServiceKey(true)
                .domain(Optional.of(new DomainConfig("example.com", "lb-prod")))
                .alarmEmail(Optional.of(ConfigFixtures.ALARM_EMAIL))
                .build());
    }

    @Test
    @DisplayName("a dev stack that sets only the required keys gets every dev default")
    void fillsDevDefaults() {
        StackConfig config = StackConfigLoader.load(raw(minimal("dev", "nginx")));

        assertThat(config.network()).isEqualTo(new NetworkConfig("10.0.0.0/16", 2, NatStrategy.SINGLE, 14));
        assertThat(config.bastion()).isEqualTo(new BastionConfig(true, "t3.micro", List.of("203.0.113.0/24")));
        assertThat(config.database().enabled()).isFalse();
        assertThat(config.database().instanceClass()).isEqualTo("db.t4g.micro");
        assertThat(config.database().backupRetentionDays()).isEqualTo(1);
        assertThat(config.cluster()).isEqualTo(cluster("t3.small", 1, 2, 1, 100));
        assertThat(config.service()).isEqualTo(Defaults.of(Profile.DEV).service().toBuilder().image("nginx").build());
        assertThat(config.domain()).isEmpty();
        assertThat(config.tags()).isEmpty();
    }

    @Test
    @DisplayName("a prod stack that sets only the required keys gets every prod default")
    void fillsProdDefaults() {
        StackConfig config = StackConfigLoader.load(raw(minimal("prod", IMAGE)));

        assertThat(config.network()).isEqualTo(new NetworkConfig("10.0.0.0/16", 3, NatStrategy.PER_AZ, 365));
        assertThat(config.bastion()).isEqualTo(new BastionConfig(true, "t3.micro", List.of("203.0.113.0/24")));
        assertThat(config.database().enabled()).isFalse();
        assertThat(config.database().multiAz()).isTrue();
        assertThat(config.database().deletionProtection()).isTrue();
        assertThat(config.cluster()).isEqualTo(cluster("m6i.large", 3, 6, 3, 80));
        assertThat(config.service()).isEqualTo(Defaults.of(Profile.PROD).service().toBuilder().image(IMAGE).build());
        assertThat(config.domain()).isEmpty();
    }

    @Test
    @DisplayName("the defaults a stack gets are the ones Defaults.of lists for its profile")
    void defaultsComeFromDefaultsOf() {
        for (Profile profile : Profile.values()) {
            StackConfig config = StackConfigLoader.load(raw(minimal(profile.configValue(), IMAGE)));
            Defaults defaults = Defaults.of(profile);

            assertThat(config.network()).isEqualTo(defaults.network());
            assertThat(config.database()).isEqualTo(defaults.database());
            assertThat(config.cluster()).isEqualTo(defaults.cluster());
            assertThat(config.service().cpu()).isEqualTo(defaults.service().cpu());
            assertThat(config.service().maxCount()).isEqualTo(defaults.service().maxCount());
        }
    }

    @Test
    @DisplayName("three bad keys are reported as three problems in one exception")
    void reportsEveryProblemAtOnce() {
        var values = devRaw();
        set(values, "ecs-platform:vpcCidr", "10.0.0.0/8");
        set(values, "ecs-platform:natGateways", "perAZ");
        set(values, "ecs-platform:cluster.minSize", -1);

        var error = catchThrowableOfType(() -> StackConfigLoader.load(raw(values)), ConfigException.class);

        assertThat(error.stackFile()).isEqualTo("Pulumi.dev.yaml");
        assertThat(error.problems()).extracting(ConfigProblem::key).containsExactly(
                "ecs-platform:cluster.minSize", "ecs-platform:natGateways", "ecs-platform:vpcCidr");
        assertThat(error.getMessage()).startsWith("Pulumi.dev.yaml has the following errors:\n  * ecs-platform:cluster.minSize: ");
    }

    @Test
    @DisplayName("a missing profile is reported, and the rest is still checked against the dev defaults")
    void missingProfileStillChecksTheRest() {
        var values = remove(devRaw(), "ecs-platform:profile");
        set(values, "ecs-platform:vpcCidr", "10.0.0.0/8");
        remove(values, "ecs-platform:cluster");
        remove(values, "ecs-platform:service.schedules");
        set(values, "ecs-platform:service.memory", 4096);

        assertThat(problems(values))
                .extracting(ConfigProblem::toString)
                .containsExactly(
                        "ecs-platform:profile: is required: set it to dev or prod",
                        "ecs-platform:service.memory: 4096 MiB does not fit on one t3.small: at most 1587 MiB is schedulable"
                                + " (2048 MiB × 0.9 − 256 MiB reserved); over by 2509 MiB;"
                                + " lower memory or choose a larger cluster.instanceType",
                        "ecs-platform:vpcCidr: \"10.0.0.0/8\" is too large: the prefix length must be /16 to /24");
    }

    @Test
    @DisplayName("a misspelt profile is rejected with a suggestion")
    void rejectsUnknownProfile() {
        assertOnlyProblem(set(devRaw(), "ecs-platform:profile", "Prod"), "ecs-platform:profile",
                "\"Prod\" is not a profile: use dev or prod; did you mean prod?");
    }

    @Test
    @DisplayName("an unknown key is rejected with the nearest known key as a suggestion")
    void suggestsNearestKey() {
        var values = devRaw();
        values.put("ecs-platform:natGateway", "perAz");

        assertOnlyProblem(values, "ecs-platform:natGateway", "unknown key; did you mean ecs-platform:natGateways?");
    }

    @Test
    @DisplayName("an unknown key that resembles nothing lists the keys there are")
    void listsKeysWhenNothingIsClose() {
        var values = devRaw();
        values.put("ecs-platform:loadBalancerIdleTimeout", "60");

        assertOnlyProblem(values, "ecs-platform:loadBalancerIdleTimeout",
                "unknown key; the ecs-platform keys are profile, vpcCidr, availabilityZones, natGateways");
    }

    @Test
    @DisplayName("a key that differs only in case is suggested")
    void suggestsKeyDifferingInCase() {
        var values = remove(devRaw(), "ecs-platform:vpcCidr");
        values.put("ecs-platform:VpcCIDR", "10.10.0.0/16");

        assertOnlyProblem(values, "ecs-platform:VpcCIDR", "did you mean ecs-platform:vpcCidr?");
    }

    @Test
    @DisplayName("an unknown field inside an object key is rejected with a suggestion")
    void suggestsNearestNestedField() {
        var values = devRaw();
        set(values, "ecs-platform:bastion.instanceTyp", "t3.micro");

        assertOnlyProblem(values, "ecs-platform:bastion.instanceTyp", "unknown field; did you mean instanceType?");
    }

    @Test
    @DisplayName("an unknown field that resembles nothing lists the object's fields")
    void listsNestedFields() {
        assertOnlyProblem(set(devRaw(), "ecs-platform:bastion.subnet", "public"), "ecs-platform:bastion.subnet",
                "unknown field; bastion has the fields enabled, instanceType, allowedCidrs");
    }

    @Test
    @DisplayName("a key without a namespace is rejected: Pulumi would never hand it to the program")
    void rejectsKeyWithoutNamespace() {
        var values = devRaw();
        values.put("flowLogRetentionDays", "30");

        assertOnlyProblem(values, "flowLogRetentionDays", "has no namespace; write it as ecs-platform:flowLogRetentionDays");
    }

    @Test
    @DisplayName("a namespace one typo away from ecs-platform is rejected instead of silently ignored")
    void rejectsMisspeltNamespace() {
        var values = devRaw();
        values.put("ecs_platform:vpcCidr", "10.30.0.0/16");

        assertOnlyProblem(values, "ecs_platform:vpcCidr", "unknown namespace; did you mean ecs-platform:vpcCidr?");
    }

    @Test
    @DisplayName("other aws:* keys and other namespaces are left alone")
    void ignoresKeysOutsideTheProgramsNamespace() {
        var values = devRaw();
        values.put("aws:profile", "platform-dev");
        values.put("aws:defaultTags", json(fields("tags", fields("Team", "platform"))));
        values.put("kubernetes:context", "minikube");

        assertLoads(values);
    }

    @Test
    @DisplayName("numbers and booleans are accepted as JSON values or as strings")
    void acceptsScalarSettingsWrittenAsStrings() {
        var values = devRaw();
        values.put("ecs-platform:cluster", json(fields("instanceType", "t3.small", "minSize", "0", "maxSize", "2",
                "desiredCapacity", "1.0")));
        values.put("ecs-platform:bastion", json(fields("enabled", "true", "allowedCidrs", List.of("203.0.113.0/24"))));

        StackConfig config = StackConfigLoader.load(raw(values));

        assertThat(config.cluster().maxSize()).isEqualTo(2);
        assertThat(config.cluster().desiredCapacity()).isEqualTo(1);
        assertThat(config.bastion().enabled()).isTrue();
    }

    @Test
    @DisplayName("a value of the wrong type is rejected naming the expected type")
    void namesTheExpectedType() {
        var values = devRaw();
        set(values, "ecs-platform:cluster.minSize", "two");
        set(values, "ecs-platform:cluster.maxSize", 2.5);
        set(values, "ecs-platform:bastion.enabled", "yes");
        set(values, "ecs-platform:bastion.allowedCidrs", "203.0.113.0/24");
        set(values, "ecs-platform:service.image", List.of("nginx"));
        set(values, "ecs-platform:availabilityZones", "three");
        set(values, "ecs-platform:domain", "example.com");

        assertThat(problems(values)).extracting(ConfigProblem::toString).containsExactly(
                "ecs-platform:availabilityZones: must be a whole number, got \"three\"",
                "ecs-platform:bastion.allowedCidrs: must be a list, got \"203.0.113.0/24\"",
                "ecs-platform:bastion.enabled: must be true or false, got \"yes\"",
                "ecs-platform:cluster.maxSize: must be a whole number, got 2.5",
                "ecs-platform:cluster.minSize: must be a whole number, got \"two\"",
                "ecs-platform:domain: must be an object (a YAML map in the stack file), got \"example.com\"",
                "ecs-platform:service.image: must be a string, got a list");
    }

    @Test
    @DisplayName("an object key whose JSON text is malformed is rejected")
    void rejectsMalformedJson() {
        var values = devRaw();
        values.put("ecs-platform:database", "{\"enabled\": true");

        assertOnlyProblem(values, "ecs-platform:database", "is not valid JSON: Unexpected end-of-input", "at line 1 column 17");
    }

    @Test
    @DisplayName("an object key that is not an object does not also report its required fields")
    void invalidObjectDoesNotCascade() {
        assertOnlyProblem(set(devRaw(), "ecs-platform:service", "nginx"), "ecs-platform:service",
                "must be an object (a YAML map in the stack file), got \"nginx\"");
    }

    @Test
    @DisplayName("a blank value counts as absent")
    void blankValueIsAbsent() {
        var values = devRaw();
        values.put("ecs-platform:domain", "");
        values.put("ecs-platform:flowLogRetentionDays", " ");

        StackConfig config = StackConfigLoader.load(raw(values));

        assertThat(config.domain()).isEmpty();
        assertThat(config.network().flowLogRetentionDays()).isEqualTo(14);
    }

    @Test
    @DisplayName("an encrypted setting that cannot stay secret is reported once, and never as missing")
    void reportsEncryptedSecret() {
        var values = devRaw();
        values.put("ecs-platform:vpcCidr", RawConfig.SECRET_PLACEHOLDER);

        var error = catchThrowableOfType(() -> StackConfigLoader.load(new RawConfig("dev", "Pulumi.dev.yaml", values,
                Set.of("ecs-platform:vpcCidr"), Set.of("ecs-platform:vpcCidr"))), ConfigException.class);

        assertThat(error.problems()).extracting(ConfigProblem::key).containsExactly("ecs-platform:vpcCidr");
        assertThat(error.problems().get(0).message()).startsWith("cannot be a secret: ");
    }

    @Test
    @DisplayName("an object key encrypted as a whole is reported once, without its fields also reported as missing")
    void reportsEncryptedObjectKeyOnce() {
        var values = devRaw();
        values.put("ecs-platform:service", RawConfig.SECRET_PLACEHOLDER);

        var error = catchThrowableOfType(() -> StackConfigLoader.load(new RawConfig("dev", "Pulumi.dev.yaml", values,
                Set.of("ecs-platform:service"), Set.of("ecs-platform:service"))), ConfigException.class);

        assertThat(error.problems()).extracting(ConfigProblem::key).containsExactly("ecs-platform:service");
        assertThat(error.problems().get(0).message()).startsWith("is encrypted as a whole");
    }

    @Test
    @DisplayName("an encrypted value of another namespace is none of the program's business")
    void ignoresEncryptedValuesOfOtherNamespaces() {
        var values = devRaw();
        values.put("datadog:apiKey", RawConfig.SECRET_PLACEHOLDER);

        assertThat(StackConfigLoader.load(raw("dev", values, Set.of("datadog:apiKey"))).region()).isEqualTo("ap-northeast-2");
    }

    @Test
    @DisplayName("the value of a secret key is never shown in a message")
    void neverShowsSecretValues() {
        var values = prodRaw();
        set(values, "ecs-platform:vpcCidr", "10.99.0.0/8");
        set(values, "ecs-platform:profile", "Prod");
        set(values, "ecs-platform:service.image", "registry.example.com/hidden-app:latest");
        set(values, "ecs-platform:service.healthCheckPath", "hidden-path");

        var error = catchThrowableOfType(() -> StackConfigLoader.load(raw("prod", values,
                Set.of("ecs-platform:vpcCidr", "ecs-platform:profile", "ecs-platform:service"))), ConfigException.class);

        assertThat(error.getMessage())
                .contains("ecs-platform:vpcCidr: [secret] is too large")
                .contains("ecs-platform:profile: [secret] is not a profile: use dev or prod\n")
                .contains("ecs-platform:service.healthCheckPath: [secret] must start with /")
                .doesNotContain("10.99", "Prod", "hidden");
    }

    @Test
    @DisplayName("aws:region is required")
    void requiresRegion() {
        assertOnlyProblem(remove(devRaw(), "aws:region"), "aws:region", "is required");
    }

    @Test
    @DisplayName("a stack name with a dot is refused: it names the ECS service and task family")
    void rejectsStackNameEcsCannotUse() {
        var error = catchThrowableOfType(() -> StackConfigLoader.load(raw("prod.eu", devRaw())), ConfigException.class);

        assertThat(error.problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("the stack name \"prod.eu\"", "letters, numbers, hyphens and underscores"));
    }

    @Test
    @DisplayName("the exception lists the stack file, and load fails rather than returning a partial config")
    void throwsConfigException() {
        assertThatThrownBy(() -> StackConfigLoader.load(raw(set(devRaw(), "ecs-platform:availabilityZones", "9"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("Pulumi.dev.yaml has an error:\n  * ecs-platform:availabilityZones: must be between 2 and 6, got 9");
    }

    /** The required keys only, plus the bastion's sources (the bastion is on by default and needs them). */
    private static Map<String, String> minimal(String profile, String image) {
        var values = new LinkedHashMap<String, String>();
        values.put("aws:region", "ap-northeast-2");
        values.put("ecs-platform:profile", profile);
        values.put("ecs-platform:sshPublicKey", DEV_SSH_PUBLIC_KEY);
        values.put("ecs-platform:bastion", json(fields("allowedCidrs", List.of("203.0.113.0/24"))));
        values.put("ecs-platform:service", json(fields("image", image)));
        return values;
    }

    /** The cluster the profile defaults describe, with the sizes a test expects spelled out. */
    private static ClusterConfig cluster(String instanceType, int minSize, int maxSize, int desiredCapacity,
                                         int targetCapacityPercent) {
        return ClusterConfig.builder().instanceType(instanceType).minSize(minSize).maxSize(maxSize)
                .desiredCapacity(desiredCapacity).rootVolumeGiB(30).targetCapacityPercent(targetCapacityPercent)
                .instanceWarmupSeconds(180).build();
    }
}
