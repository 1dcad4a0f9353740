package com.ecsplatform.synth.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ecsplatform.synth.diff.SynthGraph.Resource;
import com.google.gson.JsonPrimitive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthGraphTest {

    private static final String VPC_URN =
            "urn:pulumi:dev::ecs-platform::ecs-platform:network:Network$aws:ec2/vpc:Vpc::net-vpc";
    private static final String NETWORK_URN = "urn:pulumi:dev::ecs-platform::ecs-platform:network:Network::net";

    @Test
    void theSynthFormatIsReadIntoResourcesKeyedByUrn() {
        SynthGraph graph = GraphBuilder.devNetwork().build();

        assertThat(graph.project()).isEqualTo("ecs-platform");
        assertThat(graph.stack()).isEqualTo("dev");
        assertThat(graph.outputs()).containsOnlyKeys("publicSubnetIds", "vpcId");
        assertThat(graph.resource(VPC_URN)).get().satisfies(vpc -> {
            assertThat(vpc.type()).isEqualTo("aws:ec2/vpc:Vpc");
            assertThat(vpc.name()).isEqualTo("net-vpc");
            assertThat(vpc.parent()).isEqualTo(NETWORK_URN);
            assertThat(vpc.inputs().getAsJsonObject().getAsJsonObject("tags").get("Name").getAsString())
                    .isEqualTo("ecs-platform-dev");
            assertThat(vpc.options().get("protect").getAsBoolean()).isFalse();
        });
        assertThat(graph.resource(NETWORK_URN)).get().extracting(Resource::parent).isNull();
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        SynthGraph graph = SynthGraph.parse("""
                {"project": "p", "stack": "s", "resources": [{"urn": "urn:pulumi:s::p::t::n", "type": "t", "name": "n"}]}
                """);

        assertThat(graph.outputs()).isEmpty();
        assertThat(graph.resource("urn:pulumi:s::p::t::n")).get().satisfies(resource -> {
            assertThat(resource.parent()).isNull();
            assertThat(resource.inputs().getAsJsonObject().size()).isZero();
            assertThat(resource.options().size()).isZero();
        });
    }

    @Test
    void changingWhatAnAccessorReturnedLeavesTheGraphAsItWas() {
        SynthGraph graph = GraphBuilder.devNetwork().build();

        graph.resource(VPC_URN).orElseThrow().inputs().getAsJsonObject().addProperty("cidrBlock", "0.0.0.0/0");
        graph.resource(VPC_URN).orElseThrow().options().addProperty("protect", true);

        assertThat(graph).isEqualTo(GraphBuilder.devNetwork().build());
    }

    @Test
    void aMissingRequiredFieldIsNamedWithItsLocation() {
        assertThatThrownBy(() -> SynthGraph.parse("""
                {"project": "p", "stack": "s", "resources": [{"urn": "u", "type": "t"}]}
                """))
                .isInstanceOf(SynthFormatException.class)
                .hasMessage("resources[0]: \"name\" is missing");
    }

    @Test
    void aFieldOfTheWrongTypeIsRejected() {
        assertThatThrownBy(() -> SynthGraph.parse("{\"project\": \"p\", \"stack\": \"s\", \"resources\": {}}"))
                .isInstanceOf(SynthFormatException.class)
                .hasMessage("the document: \"resources\" must be an array");
    }

    @Test
    void twoResourcesWithOneUrnAreRejected() {
        String resource = "{\"urn\": \"u\", \"type\": \"t\", \"name\": \"n\"}";

        assertThatThrownBy(() -> SynthGraph.parse(
                "{\"project\": \"p\", \"stack\": \"s\", \"resources\": [" + resource + ", " + resource + "]}"))
                .isInstanceOf(SynthFormatException.class)
                .hasMessage("resources[1]: duplicate urn u");
    }

    @Test
    void textThatIsNotJsonIsRejectedOnOneLine() {
        assertThatThrownBy(() -> SynthGraph.parse("{\"project\": \"p\",\n  \"stack\": }"))
                .isInstanceOf(SynthFormatException.class)
                .hasMessageStartingWith("not valid JSON: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void readingAFileNamesTheFileInItsErrors(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("dev.json"), "[]");

        assertThatThrownBy(() -> SynthGraph.read(file))
                .isInstanceOf(SynthFormatException.class)
                .hasMessage(file + ": the document must be a JSON object");
    }

    @Test
    void anEmptyGraphHoldsNothingButItsStackName() {
        SynthGraph empty = SynthGraph.empty("ecs-platform", "prod");

        assertThat(empty.resources()).isEmpty();
        assertThat(empty.outputs()).isEmpty();
        assertThat(empty.stack()).isEqualTo("prod");
    }

    @Test
    void outputsComeSortedByName() {
        SynthGraph graph = GraphBuilder.stack("dev").output("zeta", "1").output("alpha", "'${a.id}'").build();

        assertThat(graph.outputs()).containsExactly(
                Map.entry("alpha", new JsonPrimitive("${a.id}")),
                Map.entry("zeta", new JsonPrimitive(1)));
    }
}
