package com.ecsplatform.config;

import com.ecsplatform.aws.AwsRegions;
import com.ecsplatform.aws.AwsProviderKeys;
import com.ecsplatform.testing.ConfigFixtures;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Optional;

import static com.ecsplatform.config.ConfigAssertions.assertLoads;
import static com.ecsplatform.config.ConfigAssertions.assertOnlyProblem;
import static com.ecsplatform.testing.ConfigFixtures.devRaw;
import static com.ecsplatform.testing.ConfigFixtures.prodRaw;
import static com.ecsplatform.testing.ConfigFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("aws:region, aws: provider keys and the region's zones")
class RegionRulesTest {

    private static final String REGION = "aws:region";
    private static final String ZONES = "ecs-platform:availabilityZones";

    @Test
    void rejectsRegionThatDoesNotExistSuggestingTheNearest() {
        assertOnlyProblem(set(devRaw(), REGION, "ap-northeast-9"), REGION,
                "\"ap-northeast-9\" is not a commercial AWS region", "did you mean ap-northeast-1?");
    }

    @Test
    void rejectsUpperCaseRegionSuggestingTheLowerCaseName() {
        assertOnlyProblem(set(devRaw(), REGION, "AP-NORTHEAST-2"), REGION, "did you mean ap-northeast-2?");
    }

    @Test
    void rejectsRegionThatIsNoRegionNameWithoutGuessing() {
        var problem = assertOnlyProblem(set(devRaw(), REGION, "Seoul"), REGION, "\"Seoul\" is not a commercial AWS region");

        assertThat(problem.message()).doesNotContain("did you mean");
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-gov-west-1", "cn-north-1", "us-isob-east-1"})
    void rejectsRegionsOutsideTheCommercialPartition(String region) {
        assertOnlyProblem(set(devRaw(), REGION, region), REGION, "GovCloud and China are not supported");
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-east-1", "eu-central-2", "ap-southeast-7", "mx-central-1", "il-central-1"})
    void acceptsCommercialRegions(String region) {
        assertLoads(set(devRaw(), REGION, region));
    }

    @Test
    void rejectsMoreZonesThanTheRegionHasNamingBoth() {
        var values = set(set(devRaw(), ZONES, 6), REGION, "ap-northeast-2");

        assertOnlyProblem(values, ZONES, "asks for 6 Availability Zones, but ap-northeast-2 (aws:region) has 4",
                "set availabilityZones to 4 or fewer");
    }

    @Test
    void rejectsProdDefaultOfThreeZonesInATwoZoneRegion() {
        var values = set(prodRaw(), REGION, "us-west-1");

        assertThat(ConfigFixtures.problems(values)).anySatisfy(problem -> {
            assertThat(problem.key()).isEqualTo(ZONES);
            assertThat(problem.message()).contains("us-west-1 (aws:region) has 2");
        });
    }

    @Test
    void acceptsAllSixZonesOfUsEast1() {
        assertLoads(set(set(devRaw(), ZONES, 6), REGION, "us-east-1"));
    }

    @Test
    void rejectsMisspeltProviderKeySuggestingTheRealOne() {
        assertOnlyProblem(set(devRaw(), "aws:regoin", "ap-northeast-2"), "aws:regoin",
                "is not a setting of the Pulumi AWS provider", "did you mean aws:region?");
    }

    @Test
    void rejectsUnknownProviderKeyWithoutGuessing() {
        var problem = assertOnlyProblem(set(devRaw(), "aws:colour", "blue"), "aws:colour",
                "is not a setting of the Pulumi AWS provider, so it would be ignored");

        assertThat(problem.message()).doesNotContain("did you mean");
    }

    @Test
    void acceptsEveryKeyTheProviderReads() {
        var values = devRaw();
        AwsProviderKeys.NAMES.stream().filter(name -> !name.equals("region"))
                .forEach(name -> values.put("aws:" + name, "x"));

        assertLoads(values);
    }

    @Test
    void providerKeysAreExactlyThoseOfTheSdksConfigClass() {
        var sdkKeys = Arrays.stream(com.pulumi.aws.Config.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()))
                .filter(method -> method.getParameterCount() == 0 && method.getReturnType() == Optional.class)
                .map(Method::getName)
                .sorted()
                .toList();

        assertThat(AwsProviderKeys.NAMES).containsExactlyElementsOf(sdkKeys);
    }

    @Test
    void legacyRegionsLetTheirElbAccountWriteAccessLogs() {
        assertThat(AwsRegions.lookup("ap-northeast-2").orElseThrow().logDeliveryPrincipal())
                .containsExactly(java.util.Map.entry("AWS", "arn:aws:iam::600734575887:root"));
    }

    @Test
    void regionsOpenedAfterAugust2022LetTheLogDeliveryServiceWriteAccessLogs() {
        assertThat(AwsRegions.lookup("eu-central-2").orElseThrow().logDeliveryPrincipal())
                .containsExactly(java.util.Map.entry("Service", "logdelivery.elasticloadbalancing.amazonaws.com"));
    }
}
