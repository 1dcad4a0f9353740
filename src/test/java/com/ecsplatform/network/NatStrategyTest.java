package com.ecsplatform.network;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NatStrategyTest {

    @ParameterizedTest(name = "{0}: AZ {1} hosts a gateway: {2}; routes via {3}")
    @CsvSource({
            "NONE,   0, false, -1",
            "SINGLE, 0, true,   0",
            "SINGLE, 2, false,  0",
            "PER_AZ, 0, true,   0",
            "PER_AZ, 2, true,   2",
            "PER_AZ, 1, true,   1",
    })
    void decidesTheNatLayoutOfEachAz(NatStrategy strategy, int azIndex, boolean hosts, int routesVia) {
        assertThat(strategy.hostsGateway(azIndex)).isEqualTo(hosts);
        assertThat(strategy.gatewayFor(azIndex)).isEqualTo(routesVia);
    }
}
