package com.ecsplatform.edge;

import com.ecsplatform.config.RoutingConfig;

import java.util.Optional;

/**
 * One service behind the load balancer: its target group and, unless it is the default service, the
 * listener rule that sends its requests there.
 *
 * @param service         the service's name; its target group and rule are named after it
 * @param port            the container port (the target group's nominal port; ECS registers real host ports)
 * @param healthCheckPath the path the ALB probes
 * @param routing         the rule's priority and conditions; empty: the listeners' default action forwards here
 */
public record ServiceTarget(String service, int port, String healthCheckPath, Optional<RoutingConfig> routing) {

    /** Whether the listeners' default action forwards here: the one service without routing. */
    public boolean isDefault() {
        return routing.isEmpty();
    }
}
