package com.ecsplatform.policy;

import com.ecsplatform.synth.RegisteredResource;
import com.ecsplatform.testing.Stacks;
import org.junit.jupiter.api.Test;

import static com.ecsplatform.testing.Inputs.bool;
import static org.assertj.core.api.Assertions.assertThat;

/** The protection table in OperationalPolicy is what the synthesized graphs carry, and nothing else. */
class ProtectionStackTest {

    @Test
    void prodProtectsExactlyTheFourIrreplaceableResourcesInPulumi() {
        assertThat(Stacks.prod().resources()).filteredOn(resource -> resource.options().protect())
                .extracting(RegisteredResource::name)
                .containsExactlyInAnyOrder("net-vpc", "edge-alb", "dns-alias", "db-instance");
    }

    @Test
    void prodLoadBalancerAlsoHasAwsDeletionProtection() {
        assertThat(bool(Stacks.prod().require("edge-alb"), "enableDeletionProtection")).isTrue();
    }

    @Test
    void prodKeepsEveryLogStoreOnDelete() {
        assertThat(Stacks.prod().resources()).filteredOn(resource -> resource.options().retainOnDelete())
                .extracting(RegisteredResource::name)
                .contains("web-logs", "net-flow-logs", "db-logs-postgresql", "access-logs-bucket")
                .allMatch(name -> name.equals("web-logs") || name.equals("net-flow-logs")
                        || name.startsWith("db-logs-") || name.startsWith("access-logs-"));
    }

    @Test
    void devProtectsNothing() {
        assertThat(Stacks.dev().resources()).noneMatch(resource -> resource.options().protect() || resource.options().retainOnDelete());
        assertThat(bool(Stacks.dev().require("edge-alb"), "enableDeletionProtection")).isFalse();
    }
}
