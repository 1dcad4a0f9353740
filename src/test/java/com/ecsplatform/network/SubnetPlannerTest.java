package com.ecsplatform.network;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubnetPlannerTest {

    @Test
    void everyPlannableVpcGivesDisjointSubnetsInsideItNoSmallerThanSlash28() {
        for (int prefix = 16; prefix <= 24; prefix++) {
            var vpc = Ipv4Cidr.of("10.0.0.0/" + prefix);
            for (int azs = 1; azs <= SubnetPlanner.MAX_AZS; azs++) {
                var plan = SubnetPlanner.plan(vpc, azs);
                String context = vpc + " over " + azs + " AZs: " + plan;
                assertThat(plan).as(context).hasSize(2 * azs);
                for (var spec : plan) {
                    assertThat(vpc.contains(spec.cidr())).as(context).isTrue();
                    assertThat(spec.cidr().prefix()).as(context).isLessThanOrEqualTo(SubnetPlanner.SMALLEST_SUBNET_PREFIX);
                }
                for (int i = 0; i < plan.size(); i++) {
                    for (int j = i + 1; j < plan.size(); j++) {
                        assertThat(plan.get(i).cidr().overlaps(plan.get(j).cidr()))
                                .as("%s overlaps %s in %s", plan.get(i), plan.get(j), context).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void eachAzGetsAPublicPrivatePairWithIndexBasedNames() {
        var plan = SubnetPlanner.plan(Ipv4Cidr.of("10.10.0.0/16"), 3);

        assertThat(plan).extracting(SubnetSpec::resourceRole)
                .containsExactly("public-0", "public-1", "public-2", "private-0", "private-1", "private-2");
        assertThat(plan).filteredOn(spec -> spec.tier() == SubnetTier.PUBLIC).extracting(SubnetSpec::azIndex).containsExactly(0, 1, 2);
        assertThat(plan).filteredOn(spec -> spec.tier() == SubnetTier.PRIVATE).extracting(SubnetSpec::azIndex).containsExactly(0, 1, 2);
    }

    @ParameterizedTest(name = "{0} with {1} AZs: AZ 0 private {2}, public {3}")
    @CsvSource({
            "10.10.0.0/16, 2, 10.10.0.0/20, 10.10.16.0/21",
            "10.20.0.0/16, 3, 10.20.0.0/20, 10.20.16.0/21",
            "172.16.0.0/20, 2, 172.16.0.0/24, 172.16.1.0/25",
            "192.168.1.0/24, 6, 192.168.1.0/28, 192.168.1.16/28",
    })
    void knownLayouts(String vpc, int azs, String firstPrivate, String firstPublic) {
        var plan = SubnetPlanner.plan(Ipv4Cidr.of(vpc), azs);

        assertThat(plan.get(0).cidr()).hasToString(firstPublic);
        assertThat(plan.get(azs).cidr()).hasToString(firstPrivate);
    }

    @Test
    void addingAnAzNeverMovesAnExistingSubnet() {
        var vpc = Ipv4Cidr.of("10.0.0.0/18");
        for (int azs = 1; azs < SubnetPlanner.MAX_AZS; azs++) {
            var before = cidrs(SubnetPlanner.plan(vpc, azs));
            var after = cidrs(SubnetPlanner.plan(vpc, azs + 1));
            assertThat(after).as("growing from %d AZs", azs).containsAll(before);
        }
    }

    @Test
    void privateSubnetsAreTwiceTheSizeOfPublicOnesWhenThereIsRoom() {
        var plan = SubnetPlanner.plan(Ipv4Cidr.of("10.0.0.0/16"), 2);

        assertThat(plan.get(0).cidr().size() * 2).isEqualTo(plan.get(2).cidr().size());
    }

    @Test
    void rejectsAVpcTooSmallToPlan() {
        assertThatThrownBy(() -> SubnetPlanner.plan(Ipv4Cidr.of("10.0.0.0/25"), 1)).hasMessageContaining("too small");
    }

    @Test
    void rejectsAzCountsOutOfRange() {
        assertThatThrownBy(() -> SubnetPlanner.plan(Ipv4Cidr.of("10.0.0.0/16"), 0)).hasMessageContaining("1-6");
        assertThatThrownBy(() -> SubnetPlanner.plan(Ipv4Cidr.of("10.0.0.0/16"), 7)).hasMessageContaining("1-6");
    }

    private static List<String> cidrs(List<SubnetSpec> plan) {
        var cidrs = new ArrayList<String>();
        plan.forEach(spec -> cidrs.add(spec.cidr().toString()));
        return cidrs;
    }

    @Test
    void theIsolatedTierTakesTheQuarterOfEachSlotThatThePlanLeavesFree() {
        for (int prefix = 16; prefix <= 23; prefix++) {
            var vpc = Ipv4Cidr.of("10.0.0.0/" + prefix);
            for (int azs = 1; azs <= SubnetPlanner.MAX_AZS; azs++) {
                var plan = SubnetPlanner.plan(vpc, azs);
                var isolated = SubnetPlanner.isolated(vpc, azs);
                assertThat(isolated).hasSize(azs);
                for (var spec : isolated) {
                    assertThat(spec.tier()).isEqualTo(SubnetTier.ISOLATED);
                    assertThat(spec.resourceRole()).isEqualTo("isolated-" + spec.azIndex());
                    assertThat(vpc.contains(spec.cidr())).isTrue();
                    assertThat(spec.cidr().prefix()).isLessThanOrEqualTo(SubnetPlanner.SMALLEST_SUBNET_PREFIX);
                    assertThat(plan).as("%s against %s", spec, plan).noneMatch(other -> other.cidr().overlaps(spec.cidr()));
                }
            }
        }
    }

    @Test
    void aSlash24VpcHasNoRoomForTheIsolatedTier() {
        assertThatThrownBy(() -> SubnetPlanner.isolated(Ipv4Cidr.of("10.0.0.0/24"), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/23 or larger");
    }
}
