package com.ecsplatform.synth;

import com.ecsplatform.synth.diff.Action;
import com.ecsplatform.synth.diff.PlannedChange;
import com.ecsplatform.synth.diff.Preview;
import com.ecsplatform.synth.diff.ReplaceRules;
import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.Stacks;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The offline preview on the program's real graphs: the edits a reviewer meets most, classified as
 * AWS would carry them out.
 */
class PreviewStackTest {

    private static PlannedChange change(Preview preview, String name) {
        return preview.changes().stream().filter(change -> change.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not changed"));
    }

    @Test
    void everyProviderTypeTheProgramRegistersIsInTheReplaceOnChangeTable() {
        var variants = List.of(Stacks.dev(), Stacks.prod(), Stacks.devWith(values -> {
            values.put("ecs-platform:natGateways", "none");
            ConfigFixtures.set(values, "ecs-platform:service.image", "123456789012.dkr.ecr.ap-northeast-2.amazonaws.com/web:1.0.0");
        }));
        var types = new TreeSet<String>();
        variants.forEach(graph -> graph.resources().stream()
                .map(RegisteredResource::type)
                .filter(ReplaceRules::isProviderResource)
                .forEach(types::add));

        assertThat(types).isNotEmpty();
        assertThat(ReplaceRules.bundled().types())
                .as("types in src/main/resources" + ReplaceRules.RESOURCE + " (add a new type with its upstream file and ref)")
                .containsAll(types);
    }

    @Test
    void aClusterMaxSizeEditIsAPlainUpdateOfTheAutoScalingGroup() {
        for (boolean prod : new boolean[] {false, true}) {
            var before = prod ? Stacks.prod() : Stacks.dev();
            var after = prod
                    ? Stacks.prodWith(values -> ConfigFixtures.set(values, "ecs-platform:cluster.maxSize", 9))
                    : Stacks.devWith(values -> ConfigFixtures.set(values, "ecs-platform:cluster.maxSize", 4));

            Preview preview = Preview.between(Stacks.graph(before), Stacks.graph(after));

            assertThat(preview.changes()).as(prod ? "prod" : "dev")
                    .extracting(PlannedChange::name, PlannedChange::action)
                    .containsExactly(tuple("compute-asg", Action.UPDATE));
            assertThat(preview.blocking()).isEmpty();
        }
    }

    @Test
    void aProdVpcCidrEditReplacesTheWholeNetwork() {
        Preview preview = Preview.between(Stacks.graph(Stacks.prod()),
                Stacks.graph(Stacks.prodWith(values -> values.put("ecs-platform:vpcCidr", "10.30.0.0/16"))));

        assertThat(change(preview, "net-vpc").action()).isEqualTo(Action.REPLACE);
        long subnets = Stacks.prod().ofType("aws:ec2/subnet:Subnet").size();
        assertThat(preview.changes()).filteredOn(change -> change.type().equals("aws:ec2/subnet:Subnet"))
                .hasSize((int) subnets)
                .allSatisfy(subnet -> assertThat(subnet.action()).isEqualTo(Action.REPLACE));
        assertThat(change(preview, "access-bastion").action()).isEqualTo(Action.REPLACE);
    }

    @Test
    void aProdVpcCidrEditIsBlockedOnlyByTheProtectedVpc() {
        Preview preview = Preview.between(Stacks.graph(Stacks.prod()),
                Stacks.graph(Stacks.prodWith(values -> values.put("ecs-platform:vpcCidr", "10.30.0.0/16"))));

        assertThat(change(preview, "net-vpc").blocking()).contains("would replace a protected resource");
        assertThat(preview.blocking()).extracting(PlannedChange::name).containsExactly("net-vpc");
    }

    @Test
    void aProdImageEditRollsTheTasksOntoANewTaskDefinition() {
        Preview preview = Preview.between(Stacks.graph(Stacks.prod()), Stacks.graph(Stacks.prodWith(values ->
                ConfigFixtures.set(values, "ecs-platform:service.image", "nginxinc/nginx-unprivileged:1.27.3-alpine"))));

        assertThat(preview.changes()).extracting(PlannedChange::name, PlannedChange::action).containsExactly(
                tuple("web-task", Action.REPLACE),
                tuple("web-service", Action.UPDATE));
        assertThat(change(preview, "web-service").effects()).singleElement().asString().startsWith("every task is replaced");
    }

    @Test
    void aDevSshKeyEditReplacesTheBastion() {
        Preview preview = Preview.between(Stacks.graph(Stacks.dev()),
                Stacks.graph(Stacks.devWith(values -> values.put("ecs-platform:sshPublicKey", ConfigFixtures.PROD_SSH_PUBLIC_KEY))));

        assertThat(change(preview, "access-key").action()).isEqualTo(Action.REPLACE);
        assertThat(change(preview, "access-bastion").action()).isEqualTo(Action.REPLACE);
        assertThat(change(preview, "access-bastion").effects()).singleElement().asString().contains("new public IP address");
    }

    @Test
    void aDevSshKeyEditRefreshesTheFleet() {
        Preview preview = Preview.between(Stacks.graph(Stacks.dev()),
                Stacks.graph(Stacks.devWith(values -> values.put("ecs-platform:sshPublicKey", ConfigFixtures.PROD_SSH_PUBLIC_KEY))));

        assertThat(change(preview, "compute-launch-template").action()).isEqualTo(Action.UPDATE);
        assertThat(change(preview, "compute-asg").effects()).singleElement().asString().contains("instance refresh");
    }

    @Test
    void aDevSshKeyEditBlocksNothing() {
        Preview preview = Preview.between(Stacks.graph(Stacks.dev()),
                Stacks.graph(Stacks.devWith(values -> values.put("ecs-platform:sshPublicKey", ConfigFixtures.PROD_SSH_PUBLIC_KEY))));

        assertThat(preview.blocking()).isEmpty();
    }
}
