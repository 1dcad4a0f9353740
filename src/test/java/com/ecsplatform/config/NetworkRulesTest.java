package com.ecsplatform.config;

import com.ecsplatform.network.NatStrategy;
import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.ServiceFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.ecsplatform.config.ConfigAssertions.assertLoads;
import static com.ecsplatform.config.ConfigAssertions.assertOnlyProblem;
import static com.ecsplatform.testing.ConfigFixtures.devRaw;
import static com.ecsplatform.testing.ConfigFixtures.raw;
import static com.ecsplatform.testing.ConfigFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("network keys")
class NetworkRulesTest {

    private static final String VPC_CIDR = "ecs-platform:vpcCidr";

    @Test
    void rejectsVpcCidrWiderThanSlash16() {
        assertOnlyProblem(set(devRaw(), VPC_CIDR, "10.0.0.0/8"), VPC_CIDR,
                "\"10.0.0.0/8\" is too large: the prefix length must be /16 to /24");
    }

    @Test
    void rejectsVpcCidrNarrowerThanSlash24() {
        assertOnlyProblem(set(devRaw(), VPC_CIDR, "10.0.0.0/25"), VPC_CIDR,
                "\"10.0.0.0/25\" is too small: the prefix length must be /16 to /24");
    }

    @Test
    void acceptsVpcCidrsFromSlash16ToSlash24() {
        assertLoads(set(devRaw(), VPC_CIDR, "172.16.0.0/16"));
        assertLoads(set(devRaw(), VPC_CIDR, "192.168.10.0/24"));
    }

    @Test
    void rejectsVpcCidrOverlappingTheDockerBridgeNetwork() {
        assertOnlyProblem(set(devRaw(), VPC_CIDR, "172.17.0.0/16"), VPC_CIDR,
                "\"172.17.0.0/16\" overlaps 172.17.0.0/16, Docker's bridge network");
    }

    @Test
    void rejectsVpcCidrInsideTheDockerBridgeNetwork() {
        assertOnlyProblem(set(devRaw(), VPC_CIDR, "172.17.4.0/24"), VPC_CIDR, "overlaps 172.17.0.0/16");
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.0.0/16", "100.64.0.0/16", "172.32.0.0/16", "192.169.0.0/16"})
    void rejectsVpcCidrOutsideThePrivateRanges(String value) {
        assertOnlyProblem(set(devRaw(), VPC_CIDR, value), VPC_CIDR,
                "\"" + value + "\" is not a private range", "10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16");
    }

    @Test
    void rejectsVpcCidrWithHostBitsSuggestingTheNetworkAddress() {
        assertOnlyProblem(set(devRaw(), VPC_CIDR, "10.10.1.0/16"), VPC_CIDR,
                "\"10.10.1.0/16\" has host bits set", "did you mean 10.10.0.0/16?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.10.0.0", "10.10.0/16", "10.256.0.0/16", "010.10.0.0/16", "fd00::/48", "ten/16", "10.10.0.0/33"})
    void rejectsTextThatIsNotAnIpv4Cidr(String value) {
        assertOnlyProblem(set(devRaw(), VPC_CIDR, value), VPC_CIDR,
                "\"" + value + "\" is not an IPv4 CIDR (like 10.0.0.0/16)");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7})
    void rejectsAvailabilityZonesOutsideTwoToSix(int zones) {
        assertOnlyProblem(set(devRaw(), "ecs-platform:availabilityZones", zones), "ecs-platform:availabilityZones",
                "must be between 2 and 6, got " + zones, "an internet-facing ALB needs subnets in at least two AZs");
    }

    @Test
    void withoutNatTheImageMustComeFromEcrInTheStacksRegion() {
        assertOnlyProblem(set(devRaw(), "ecs-platform:natGateways", "none"), "ecs-platform:service.image",
                "cannot be pulled without NAT", "must live in ECR in ap-northeast-2", "or set natGateways to single or perAz");

        var sameRegion = set(devRaw(), "ecs-platform:natGateways", "none");
        set(sameRegion, "ecs-platform:service.image", ISOLATED_IMAGE);
        assertThat(StackConfigLoader.load(raw(sameRegion)).network().natGateways()).isEqualTo(NatStrategy.NONE);

        var otherRegion = set(devRaw(), "ecs-platform:natGateways", "none");
        set(otherRegion, "ecs-platform:service.image", ISOLATED_IMAGE.replace("ap-northeast-2", "us-east-1"));
        assertOnlyProblem(otherRegion, "ecs-platform:service.image", "must live in ECR in ap-northeast-2");
    }

    @Test
    void withoutNatASecretInAnotherRegionIsRefused() {
        var values = set(devRaw(), "ecs-platform:natGateways", "none");
        set(values, "ecs-platform:service.image", ISOLATED_IMAGE);
        set(values, "ecs-platform:service.secrets", java.util.Map.of("DB_PASSWORD", "arn:aws:ssm:us-east-1:111122223333:parameter/db"));

        assertOnlyProblem(values, "ecs-platform:service.secrets.DB_PASSWORD",
                "lives in us-east-1, which the instances cannot reach without NAT");
    }

    @Test
    void withoutNatEveryServicesImageAndSecretsAreChecked() {
        var values = ServiceFixtures.withApi(set(devRaw(), "ecs-platform:natGateways", "none"));
        set(values, "ecs-platform:services.web.image", ISOLATED_IMAGE);
        set(values, "ecs-platform:services.api.secrets", java.util.Map.of("API_KEY", "arn:aws:ssm:us-east-1:111122223333:parameter/api"));

        assertThat(ConfigFixtures.problems(values)).extracting(ConfigProblem::key)
                .containsExactlyInAnyOrder("ecs-platform:services.api.image", "ecs-platform:services.api.secrets.API_KEY");
    }

    static final String ISOLATED_IMAGE = "123456789012.dkr.ecr.ap-northeast-2.amazonaws.com/web:1.0.0";

    @Test
    void rejectsNearMissNatStrategyWithSuggestion() {
        assertOnlyProblem(set(devRaw(), "ecs-platform:natGateways", "perAZ"), "ecs-platform:natGateways",
                "\"perAZ\" is not a NAT strategy: use none, single, perAz; did you mean perAz?");
    }

    @Test
    void rejectsUnknownNatStrategyWithoutGuessing() {
        var problem = assertOnlyProblem(set(devRaw(), "ecs-platform:natGateways", "one-per-subnet"),
                "ecs-platform:natGateways", "is not a NAT strategy: use none, single, perAz");
        assertThat(problem.message()).doesNotContain("did you mean");
    }

    @Test
    void acceptsEveryNatStrategy() {
        for (NatStrategy strategy : NatStrategy.values()) {
            var values = set(devRaw(), "ecs-platform:natGateways", strategy.configValue());
            set(values, "ecs-platform:service.image", ISOLATED_IMAGE);
            var config = StackConfigLoader.load(raw(values));
            assertThat(config.network().natGateways()).isEqualTo(strategy);
        }
    }

    @Test
    void rejectsRetentionCloudWatchDoesNotOfferSuggestingTheNearest() {
        assertOnlyProblem(set(devRaw(), "ecs-platform:flowLogRetentionDays", 13), "ecs-platform:flowLogRetentionDays",
                "13 is not a retention period CloudWatch Logs accepts: use one of 1, 3, 5, 7, 14,", "did you mean 14?");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 30, 731, 3653})
    void acceptsCloudWatchRetentionPeriods(int days) {
        assertLoads(set(devRaw(), "ecs-platform:flowLogRetentionDays", days));
    }
}
