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
import static com.ecsplatform.testing.ConfigFixtures.raw;
import static com.ecsplatform.testing.ConfigFixtures.remove;
import static com.ecsplatform.testing.ConfigFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("ecs-platform:bastion")
class BastionRulesTest {

    private static final String CIDRS = "ecs-platform:bastion.allowedCidrs";
    private static final String INSTANCE_TYPE = "ecs-platform:bastion.instanceType";

    @Test
    void rejectsSshFromTheWholeIpv4Internet() {
        assertOnlyProblem(withSources("203.0.113.0/24", "0.0.0.0/0"), CIDRS + "[1]",
                "0.0.0.0/0 opens SSH to the world; list the networks that need SSH");
    }

    @Test
    void rejectsSshFromTheWholeIpv6Internet() {
        assertOnlyProblem(withSources("::/0"), CIDRS + "[0]", "::/0 opens SSH to the world");
    }

    @Test
    void rejectsIpv4SourcesWiderThanSlash16() {
        assertOnlyProblem(withSources("10.0.0.0/8"), CIDRS + "[0]",
                "\"10.0.0.0/8\" is too wide for SSH: use a /16 or narrower prefix");
    }

    @Test
    void rejectsIpv6SourcesWiderThanSlash32() {
        assertOnlyProblem(withSources("2001::/16"), CIDRS + "[0]", "is too wide for SSH: use a /32 or narrower prefix");
    }

    @Test
    void acceptsNetworksOfEitherIpFamily() {
        var config = StackConfigLoader.load(raw(withSources("198.51.100.7/32", "2001:db8:1234::/48", "10.1.0.0/16")));

        assertThat(config.bastion().allowedCidrs()).containsExactly("198.51.100.7/32", "2001:db8:1234::/48", "10.1.0.0/16");
    }

    @Test
    void rejectsSourceWithHostBitsSuggestingTheNetwork() {
        assertOnlyProblem(withSources("203.0.113.9/24"), CIDRS + "[0]",
                "\"203.0.113.9/24\" has host bits set", "did you mean 203.0.113.0/24?");
        assertOnlyProblem(withSources("2001:db8:0:0:1::/48"), CIDRS + "[0]", "did you mean 2001:db8::/48?");
    }

    @Test
    void rejectsBareAddressSuggestingASingleHostBlock() {
        assertOnlyProblem(withSources("198.51.100.7"), CIDRS + "[0]",
                "\"198.51.100.7\" has no prefix length; for a single host write it as a /32; did you mean 198.51.100.7/32?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"office", "198.51.100.0/", "198.51.100.0/33", "2001:db8::/129", "example.com/24", ".:/24"})
    void rejectsTextThatIsNotACidr(String source) {
        assertOnlyProblem(withSources(source), CIDRS + "[0]", "is not an IPv4 or IPv6 CIDR");
    }

    @Test
    void rejectsRepeatedSource() {
        assertOnlyProblem(withSources("203.0.113.0/24", "198.51.100.0/24", "203.0.113.0/24"), CIDRS + "[2]",
                "repeats allowedCidrs[0]; list each value once");
    }

    @Test
    void requiresSourcesWhileEnabled() {
        assertOnlyProblem(withSources(), CIDRS, "is required while the bastion is enabled", "or set bastion.enabled to false");
    }

    @Test
    void requiresSourcesWhenTheBastionKeyIsLeftOut() {
        assertOnlyProblem(remove(devRaw(), "ecs-platform:bastion"), CIDRS, "is required while the bastion is enabled");
    }

    @Test
    void acceptsDisabledBastionWithoutSources() {
        var values = set(devRaw(), "ecs-platform:bastion", fields("enabled", false));

        assertThat(StackConfigLoader.load(raw(values)).bastion()).isEqualTo(new BastionConfig(false, "t3.micro", List.of()));
    }

    @Test
    void rejectsUnknownInstanceTypeSuggestingTheNearest() {
        assertOnlyProblem(set(devRaw(), INSTANCE_TYPE, "t3.mirco"), INSTANCE_TYPE,
                "\"t3.mirco\" is not an instance type this program knows; did you mean t3.micro?");
    }

    @Test
    void rejectsUnknownInstanceTypeListingFamilies() {
        assertOnlyProblem(set(devRaw(), INSTANCE_TYPE, "p4d.24xlarge"), INSTANCE_TYPE,
                "is not an instance type this program knows; use a size of t3, t3a, m5, m6i, m7i, c5, c6i, c7i, r5, r6i");
    }

    @Test
    void rejectsGravitonInstanceTypeSuggestingTheX86Equivalent() {
        assertOnlyProblem(set(devRaw(), INSTANCE_TYPE, "t4g.micro"), INSTANCE_TYPE,
                "\"t4g.micro\" is a Graviton (arm64) type, but the bastion boots an x86_64 AMI; use an x86_64 type;"
                        + " did you mean t3.micro?");
    }

    @Test
    void acceptsEveryKnownX86Type() {
        assertLoads(set(devRaw(), INSTANCE_TYPE, "t3a.nano"));
        assertLoads(set(devRaw(), INSTANCE_TYPE, "c7i.large"));
    }

    /** The dev fixture with the bastion admitting {@code cidrs}. */
    private static Map<String, String> withSources(String... cidrs) {
        return set(devRaw(), CIDRS, List.of(cidrs));
    }
}
