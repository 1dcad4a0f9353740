package com.ecsplatform.synth.diff;

import static com.ecsplatform.synth.diff.GraphBuilder.NETWORK;
import static com.ecsplatform.synth.diff.GraphBuilder.PLATFORM;
import static com.ecsplatform.synth.diff.GraphBuilder.SECURITY_GROUP;
import static com.ecsplatform.synth.diff.GraphBuilder.SUBNET;
import static com.ecsplatform.synth.diff.GraphBuilder.VPC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.ecsplatform.synth.diff.GraphDiff.Counts;
import com.ecsplatform.synth.diff.GraphDiff.Move;
import com.ecsplatform.synth.diff.SynthGraph.Resource;
import com.google.gson.JsonPrimitive;
import org.junit.jupiter.api.Test;

class GraphDiffTest {

    private final GraphBuilder base = GraphBuilder.devNetwork();

    @Test
    void identicalGraphsHaveNoChanges() {
        GraphDiff diff = GraphDiff.between(base.build(), base.copy().build());

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.counts()).isEqualTo(new Counts(0, 0, 0, 0));
    }

    @Test
    void aResourceOnlyInTheNewGraphIsCreated() {
        SynthGraph after = base.copy()
                .resource("net-private-0", SUBNET, r -> r.parent("net").inputs("{cidrBlock: '10.10.10.0/24'}"))
                .build();

        GraphDiff diff = GraphDiff.between(base.build(), after);

        assertThat(diff.added()).extracting(Resource::name).containsExactly("net-private-0");
        assertThat(diff.counts()).isEqualTo(new Counts(1, 0, 0, 0));
    }

    @Test
    void aResourceOnlyInTheOldGraphIsDeleted() {
        GraphDiff diff = GraphDiff.between(base.build(), base.copy().without("net-public-1").build());

        assertThat(diff.removed()).extracting(Resource::name).containsExactly("net-public-1");
        assertThat(diff.counts()).isEqualTo(new Counts(0, 0, 1, 0));
    }

    @Test
    void nestedInputChangesAreReportedWithTheirPaths() {
        SynthGraph after = base.copy()
                .resource("net-vpc", VPC, r -> r.parent("net")
                        .inputs("{cidrBlock: '10.10.0.0/16', enableDnsHostnames: true, tags: {Name: 'platform-dev'}}"))
                .resource("web-sg", SECURITY_GROUP, r -> r
                        .inputs("{vpcId: '${net-vpc.id}', ingress: [{protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: ['0.0.0.0/0']}]}"))
                .build();

        GraphDiff diff = GraphDiff.between(base.build(), after);

        // sorted by URN: a stack-level "aws:..." type sorts before the "ecs-platform:network:Network$..." chain
        assertThat(diff.changed()).extracting(change -> change.after().name()).containsExactly("web-sg", "net-vpc");
        assertThat(diff.changed().get(0).inputs())
                .extracting(PropertyChange::path)
                .containsExactly("ingress[0].fromPort", "ingress[0].toPort");
        assertThat(diff.changed().get(1).inputs())
                .extracting(PropertyChange::path, PropertyChange::before, PropertyChange::after)
                .containsExactly(tuple("tags.Name", new JsonPrimitive("ecs-platform-dev"), new JsonPrimitive("platform-dev")));
        assertThat(diff.counts()).isEqualTo(new Counts(0, 2, 0, 0));
    }

    @Test
    void aListOfPlainValuesIsComparedWhole() {
        SynthGraph after = base.copy()
                .resource("web-sg", SECURITY_GROUP, r -> r
                        .inputs("{vpcId: '${net-vpc.id}', ingress: [{protocol: 'tcp', fromPort: 80, toPort: 80, cidrBlocks: ['10.0.0.0/8', '0.0.0.0/0']}]}"))
                .build();

        GraphDiff diff = GraphDiff.between(base.build(), after);

        assertThat(diff.changed().get(0).inputs()).singleElement()
                .satisfies(change -> assertThat(change.render())
                        .isEqualTo("ingress[0].cidrBlocks: [\"0.0.0.0/0\"] → [\"10.0.0.0/8\",\"0.0.0.0/0\"]"));
    }

    @Test
    void optionChangesAreReportedApartFromInputs() {
        String subnet = base.urn("net-public-0");
        SynthGraph after = base.copy()
                .resource("net-vpc", VPC, r -> r.parent("net").protect()
                        .inputs("{cidrBlock: '10.10.0.0/16', enableDnsHostnames: true, tags: {Name: 'ecs-platform-dev'}}"))
                .resource("web-sg", SECURITY_GROUP, r -> r.dependsOn(subnet)
                        .inputs("{vpcId: '${net-vpc.id}', ingress: [{protocol: 'tcp', fromPort: 80, toPort: 80, cidrBlocks: ['0.0.0.0/0']}]}"))
                .build();

        GraphDiff diff = GraphDiff.between(base.build(), after);

        assertThat(diff.changed()).allSatisfy(change -> assertThat(change.inputs()).isEmpty());
        assertThat(diff.changed()).extracting(change -> change.options().get(0).render()).containsExactly(
                "dependsOn: [] → [\"" + subnet + "\"]",
                "protect: false → true");
    }

    @Test
    void aRenamedResourceWithNothingElseChangedIsAReplacement() {
        SynthGraph after = base.copy()
                .without("web-sg")
                .resource("alb-sg", SECURITY_GROUP, r -> r
                        .inputs("{vpcId: '${net-vpc.id}', ingress: [{protocol: 'tcp', fromPort: 80, toPort: 80, cidrBlocks: ['0.0.0.0/0']}]}"))
                .build();

        GraphDiff diff = GraphDiff.between(base.build(), after);

        assertThat(diff.moved()).singleElement().satisfies(move -> {
            assertThat(move.kind()).isEqualTo(Move.Kind.RENAMED);
            assertThat(move.before().name()).isEqualTo("web-sg");
            assertThat(move.after().name()).isEqualTo("alb-sg");
        });
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.counts()).isEqualTo(new Counts(0, 0, 0, 1));
    }

    @Test
    void aRenameThatAlsoChangesInputsIsTreatedAsTwoUnrelatedResources() {
        SynthGraph after = base.copy()
                .without("web-sg")
                .resource("alb-sg", SECURITY_GROUP, r -> r.inputs("{vpcId: '${net-vpc.id}', ingress: []}"))
                .build();

        GraphDiff diff = GraphDiff.between(base.build(), after);

        assertThat(diff.moved()).isEmpty();
        assertThat(diff.counts()).isEqualTo(new Counts(1, 0, 1, 0));
    }

    @Test
    void aResourceMovedUnderAParentOfAnotherTypeIsAReplacement() {
        SynthGraph after = base.copy()
                .component("platform", PLATFORM)
                .resource("web-sg", SECURITY_GROUP, r -> r.parent("platform")
                        .inputs("{vpcId: '${net-vpc.id}', ingress: [{protocol: 'tcp', fromPort: 80, toPort: 80, cidrBlocks: ['0.0.0.0/0']}]}"))
                .build();

        GraphDiff diff = GraphDiff.between(base.build(), after);

        assertThat(diff.moved()).singleElement().satisfies(move -> {
            assertThat(move.kind()).isEqualTo(Move.Kind.REPARENTED);
            assertThat(move.before().parent()).isNull();
            assertThat(move.after().parent()).isEqualTo(base.copy().component("platform", PLATFORM).urn("platform"));
        });
        assertThat(diff.added()).extracting(Resource::name).containsExactly("platform");
        assertThat(diff.counts()).isEqualTo(new Counts(1, 0, 0, 1));
    }

    @Test
    void aNewParentOfTheSameTypeIsAnInPlaceUpdate() {
        GraphBuilder twoNetworks = base.copy().component("net-b", NETWORK);
        SynthGraph after = twoNetworks.copy()
                .resource("net-public-1", SUBNET, r -> r.parent("net-b")
                        .inputs("{vpcId: '${net-vpc.id}', cidrBlock: '10.10.1.0/24'}"))
                .build();

        GraphDiff diff = GraphDiff.between(twoNetworks.build(), after);

        assertThat(diff.moved()).isEmpty();
        assertThat(diff.changed()).singleElement().satisfies(change -> {
            assertThat(change.parentChanged()).isTrue();
            assertThat(change.after().parent()).isEqualTo(twoNetworks.urn("net-b"));
        });
    }

    @Test
    void renamingAComponentTreeIsReportedAsRenamesAllTheWayDown() {
        GraphBuilder before = GraphBuilder.stack("dev")
                .component("net", NETWORK)
                .resource("net-vpc", VPC, r -> r.parent("net").inputs("{cidrBlock: '10.10.0.0/16'}"));
        GraphBuilder after = GraphBuilder.stack("dev")
                .component("network", NETWORK)
                .resource("network-vpc", VPC, r -> r.parent("network").inputs("{cidrBlock: '10.10.0.0/16'}"));

        GraphDiff diff = GraphDiff.between(before.build(), after.build());

        assertThat(diff.moved())
                .extracting(Move::kind, move -> move.before().name(), move -> move.after().name())
                .containsExactly(
                        // by URN, as everywhere: "Network$aws:ec2/vpc:Vpc::" sorts before "Network::"
                        tuple(Move.Kind.RENAMED, "net-vpc", "network-vpc"),
                        tuple(Move.Kind.RENAMED, "net", "network"));
        assertThat(diff.counts()).isEqualTo(new Counts(0, 0, 0, 2));
    }

    @Test
    void anAmbiguousRenameIsNotGuessed() {
        GraphBuilder before = GraphBuilder.stack("dev")
                .component("svc-api", "ecs-platform:service:Service")
                .component("svc-web", "ecs-platform:service:Service");
        GraphBuilder after = GraphBuilder.stack("dev")
                .component("svc-worker", "ecs-platform:service:Service")
                .component("svc-admin", "ecs-platform:service:Service");

        GraphDiff diff = GraphDiff.between(before.build(), after.build());

        assertThat(diff.moved()).isEmpty();
        assertThat(diff.counts()).isEqualTo(new Counts(2, 0, 2, 0));
    }

    @Test
    void outputsThatAppearDisappearOrChangeAreReported() {
        SynthGraph after = base.copy()
                .withoutOutput("publicSubnetIds")
                .output("vpcId", "'${vpc.id}'")
                .output("albDnsName", "'${alb.dnsName}'")
                .build();

        GraphDiff diff = GraphDiff.between(base.build(), after);

        assertThat(diff.outputs())
                .extracting(PropertyChange::path, PropertyChange::isAddition, PropertyChange::isRemoval)
                .containsExactly(
                        tuple("albDnsName", true, false),
                        tuple("publicSubnetIds", false, true),
                        tuple("vpcId", false, false));
        assertThat(diff.isEmpty()).isFalse();
        assertThat(diff.counts()).isEqualTo(new Counts(0, 0, 0, 0));
    }

    @Test
    void diffingAgainstAnEmptyGraphCreatesEverything() {
        SynthGraph after = base.build();

        GraphDiff diff = GraphDiff.between(SynthGraph.empty("ecs-platform", "dev"), after);

        assertThat(diff.added()).extracting(Resource::urn).containsExactlyElementsOf(after.resources().keySet());
        assertThat(diff.moved()).isEmpty();
        assertThat(diff.outputs()).extracting(PropertyChange::path).containsExactly("publicSubnetIds", "vpcId");
    }
}
