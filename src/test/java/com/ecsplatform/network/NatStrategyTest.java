package com.ecsplatform.network;

import com.ecsplatform.config.NatStrategy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NatStrategyTest {

    @ParameterizedTest(name = "{0} over {1} AZs: {2} gateways; AZ {3} hosts one: {4}; routes via {5}")
    @CsvSource({
            "NONE,   3, 0, 0, false, -1",
            "SINGLE, 3, 1, 0, true,   0",
            "SINGLE, 3, 1, 2, false,  0",
            "PER_AZ, 3, 3, 0, true,   0",
            "PER_AZ, 3, 3, 2, true,   2",
            "PER_AZ, 2, 2, 1, true,   1",
    })
    void decidesGatewaysAndRoutesPerAz(NatStrategy strategy, int azCount, int gateways, int azIndex, boolean hosts, int routesVia) {
        assertThat(strategy.gatewayCount(azCount)).isEqualTo(gateways);
        assertThat(strategy.hostsGateway(azIndex)).isEqualTo(hosts);
        assertThat(strategy.gatewayFor(azIndex)).isEqualTo(routesVia);
    }
}
