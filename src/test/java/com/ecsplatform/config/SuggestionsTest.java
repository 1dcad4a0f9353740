package com.ecsplatform.config;

import com.ecsplatform.aws.InstanceTypes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("did-you-mean suggestions")
class SuggestionsTest {

    @Test
    void measuresEditDistance() {
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("same", "same")).isZero();
    }

    @Test
    void prefersAMatchIgnoringCaseThenTheNearestWithinThreeEdits() {
        List<String> keys = List.of("natGateways", "vpcCidr", "availabilityZones");

        assertThat(Suggestions.closest("NATGATEWAYS", keys)).contains("natGateways");
        assertThat(Suggestions.closest("natGateway", keys)).contains("natGateways");
        assertThat(Suggestions.closest("vpc_cidr", keys)).contains("vpcCidr");
        assertThat(Suggestions.closest("subnets", keys)).isEmpty();
    }

    @Test
    void suggestsTheInstanceTypeMeant() {
        assertThat(Suggestions.closest("T3.Micro", InstanceTypes.names())).contains("t3.micro");
        assertThat(Suggestions.closest("m6i.larg", InstanceTypes.names())).contains("m6i.large");
        assertThat(Suggestions.closest("t2.micro", InstanceTypes.names())).contains("t3.micro");
        assertThat(Suggestions.closest("p4d.24xlarge", InstanceTypes.names())).isEmpty();
    }
}
