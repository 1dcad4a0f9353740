package com.ecsplatform.database;

import com.ecsplatform.service.ContainerDefinition;
import com.ecsplatform.synth.SynthResult;
import com.ecsplatform.synth.diff.GraphDiff;
import com.ecsplatform.synth.diff.SynthGraph;
import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.Stacks;
import com.google.gson.JsonElement;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static com.ecsplatform.testing.Inputs.string;
import static org.assertj.core.api.Assertions.assertThat;

/** Turning the tier on, and what never appears in any graph with it. */
class DatabaseRolloutTest {

    private static final Set<String> NETWORK_TYPES = Set.of("aws:ec2/subnet:Subnet", "aws:ec2/routeTable:RouteTable",
            "aws:ec2/routeTableAssociation:RouteTableAssociation", "aws:ec2/route:Route", "aws:ec2/securityGroup:SecurityGroup",
            "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule");

    private static SynthResult withDatabase(boolean enabled, boolean prod) {
        return prod
                ? Stacks.prodWith(values -> ConfigFixtures.set(values, "ecs-platform:database.enabled", enabled))
                : Stacks.devWith(values -> ConfigFixtures.set(values, "ecs-platform:database.enabled", enabled));
    }

    private static GraphDiff enabling(boolean prod) {
        var before = prod ? withDatabase(false, true) : Stacks.dev();
        var after = prod ? Stacks.prod() : withDatabase(true, false);
        return GraphDiff.between(Stacks.graph(before), Stacks.graph(after));
    }

    @Test
    void enablingTheDatabaseOnlyAddsResources() {
        for (boolean prod : List.of(false, true)) {
            var diff = enabling(prod);
            String stack = prod ? "prod" : "dev";

            assertThat(diff.removed()).as(stack + ": deleted").isEmpty();
            assertThat(diff.moved()).as(stack + ": renamed or re-parented").isEmpty();
            assertThat(diff.added()).as(stack + ": created").extracting(SynthGraph.Resource::name)
                    .contains("db-isolated-0", "db-isolated-0-rt", "db-subnets", "db-parameters", "db-instance",
                            "firewall-database", "db-alarms-cpu-high");
        }
    }

    @Test
    void enablingTheDatabaseUpdatesOnlyTheTaskWithItsExecutionPolicy() {
        for (boolean prod : List.of(false, true)) {
            var diff = enabling(prod);
            String stack = prod ? "prod" : "dev";

            assertThat(diff.changed()).as(stack + ": updated").extracting(change -> change.after().name())
                    .containsExactlyInAnyOrder("web-task", "web-execution-policy");
            assertThat(diff.changed()).as(stack + ": no existing subnet, route table or security group changes")
                    .noneMatch(change -> NETWORK_TYPES.contains(change.after().type()));
        }
    }

    @Test
    void noResourceInputHoldsAPassword() {
        var graphs = List.of(Stacks.prod(), withDatabase(true, false),
                Stacks.prodWith(values -> ConfigFixtures.set(values, "ecs-platform:database", ConfigFixtures.fields(
                        "enabled", true, "engine", "mysql", "instanceClass", "db.m6g.large"))),
                Stacks.prodWith(values -> ConfigFixtures.set(values, "ecs-platform:database.iamAuthentication", true)));
        for (var graph : graphs) {
            for (var resource : graph.resources()) {
                for (String path : passwordInputs(resource.inputs(), "")) {
                    assertThat(path).as("%s in %s: only the switch that lets RDS manage the password", resource.name(), graph.stack())
                            .isEqualTo("manageMasterUserPassword");
                    assertThat(resource.inputs().get(path).getAsBoolean()).as(resource.name() + "." + path).isTrue();
                }
            }
            var container = ContainerDefinition.fromJson(string(graph.require("web-task"), "containerDefinitions")).get(0);
            assertThat(container.environment()).as("plain variables in " + graph.stack())
                    .noneMatch(variable -> variable.name().toUpperCase(Locale.ROOT).contains("PASSWORD"));
            assertThat(container.secrets()).as("the database password in " + graph.stack())
                    .anySatisfy(secret -> {
                        assertThat(secret.name()).isEqualTo("DB_PASSWORD");
                        assertThat(secret.valueFrom()).startsWith("${db-instance.masterUserSecrets[0].secretArn}");
                    });
        }
    }

    /** Paths of inputs whose name mentions a password, at any depth. */
    private static List<String> passwordInputs(JsonElement element, String prefix) {
        var found = new ArrayList<String>();
        if (element.isJsonObject()) {
            element.getAsJsonObject().entrySet().forEach(entry -> {
                String path = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
                if (entry.getKey().toLowerCase(Locale.ROOT).contains("password")) {
                    found.add(path);
                }
                found.addAll(passwordInputs(entry.getValue(), path));
            });
        } else if (element.isJsonArray()) {
            var array = element.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                found.addAll(passwordInputs(array.get(i), prefix + "[" + i + "]"));
            }
        }
        return found;
    }
}
