package com.ecsplatform.config;

import com.ecsplatform.network.NatStrategy;

/**
 * What {@code profile: prod} demands beyond each key's own rules: the stack must survive losing an
 * availability zone. Each rule is skipped when one of its keys is already invalid.
 */
final class ProdRules {

    private static final String AVAILABILITY_ZONES = StackConfigLoader.key("availabilityZones");
    private static final String NAT_GATEWAYS = StackConfigLoader.key("natGateways");
    private static final String CLUSTER_MIN_SIZE = StackConfigLoader.key("cluster.minSize");
    private static final int MIN_TASKS = 2;

    private ProdRules() {
    }

    /** The fewest tasks prod runs: one per AZ, and never fewer than {@value #MIN_TASKS}. */
    static int taskFloor(int availabilityZones) {
        return Math.max(MIN_TASKS, availabilityZones);
    }

    static void check(StackConfig config, Problems problems) {
        int zones = config.network().availabilityZones();
        NatStrategy nat = config.network().natGateways();
        if (!problems.has(NAT_GATEWAYS) && nat == NatStrategy.SINGLE) {
            problems.add(NAT_GATEWAYS, "prod must survive losing an AZ: use perAz, got "
                    + problems.show(NAT_GATEWAYS, nat.configValue())
                    + " (an outage in the NAT gateway's AZ would cut every private subnet off the internet)");
        }
        int minSize = config.cluster().minSize();
        if (!problems.has(CLUSTER_MIN_SIZE, AVAILABILITY_ZONES) && minSize < zones) {
            problems.add(CLUSTER_MIN_SIZE, "prod keeps an instance in every AZ: use at least availabilityZones ("
                    + problems.show(AVAILABILITY_ZONES, zones) + "), got " + problems.show(CLUSTER_MIN_SIZE, minSize));
        }
        int minTasks = taskFloor(zones);
        config.services().forEach((name, service) -> {
            String minCountKey = StackConfigLoader.key(config.serviceKey(name) + ".minCount");
            int minCount = service.minCount();
            if (!problems.has(minCountKey, AVAILABILITY_ZONES) && minCount < minTasks) {
                problems.add(minCountKey, "prod keeps a task in every AZ: use at least availabilityZones ("
                        + problems.show(AVAILABILITY_ZONES, zones) + ") and never fewer than " + MIN_TASKS
                        + ", got " + problems.show(minCountKey, minCount));
            }
        });
    }
}
