package com.ecsplatform.synth.diff;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Small synth graphs for tests, written the way the synth writes them and read back through
 * {@link SynthGraph#parse(String)}. Resources are declared by logical name; URNs (with the parent type
 * chain) are derived as Pulumi derives them. JSON snippets are lenient: {@code "{tags: {Name: 'a'}}"}.
 */
final class GraphBuilder {

    static final String PROJECT = "ecs-platform";
    static final String STACK = "pulumi:pulumi:Stack";
    static final String NETWORK = "ecs-platform:network:Network";
    static final String PLATFORM = "ecs-platform:platform:Platform";
    static final String VPC = "aws:ec2/vpc:Vpc";
    static final String SUBNET = "aws:ec2/subnet:Subnet";
    static final String SECURITY_GROUP = "aws:ec2/securityGroup:SecurityGroup";

    private final String stack;
    private final Map<String, Spec> resources = new LinkedHashMap<>();
    private final Map<String, JsonElement> outputs = new LinkedHashMap<>();

    private GraphBuilder(String stack) {
        this.stack = stack;
    }

    static GraphBuilder stack(String stack) {
        return new GraphBuilder(stack);
    }

    /** A network component with a VPC and two subnets, plus a security group at the stack level. */
    static GraphBuilder devNetwork() {
        return stack("dev")
                .component("net", NETWORK)
                .resource("net-vpc", VPC, r -> r.parent("net")
                        .inputs("{cidrBlock: '10.10.0.0/16', enableDnsHostnames: true, tags: {Name: 'ecs-platform-dev'}}"))
                .resource("net-public-0", SUBNET, r -> r.parent("net")
                        .inputs("{vpcId: '${net-vpc.id}', cidrBlock: '10.10.0.0/24'}"))
                .resource("net-public-1", SUBNET, r -> r.parent("net")
                        .inputs("{vpcId: '${net-vpc.id}', cidrBlock: '10.10.1.0/24'}"))
                .resource("web-sg", SECURITY_GROUP, r -> r
                        .inputs("{vpcId: '${net-vpc.id}', ingress: [{protocol: 'tcp', fromPort: 80, toPort: 80, cidrBlocks: ['0.0.0.0/0']}]}"))
                .output("vpcId", "'${net-vpc.id}'")
                .output("publicSubnetIds", "['${net-public-0.id}', '${net-public-1.id}']");
    }

    /** @return an independent builder with the same content, to derive an "after" graph from */
    GraphBuilder copy() {
        GraphBuilder copy = new GraphBuilder(stack);
        resources.forEach((name, spec) -> copy.resources.put(name, spec.copy()));
        outputs.forEach((name, value) -> copy.outputs.put(name, value.deepCopy()));
        return copy;
    }

    GraphBuilder component(String name, String type) {
        return resource(name, type, spec -> { });
    }

    /** Declares a resource, replacing any earlier one of the same name. */
    GraphBuilder resource(String name, String type, Consumer<Spec> definition) {
        Spec spec = new Spec(type);
        definition.accept(spec);
        resources.put(name, spec);
        return this;
    }

    GraphBuilder without(String name) {
        resources.remove(name);
        return this;
    }

    GraphBuilder output(String name, String json) {
        outputs.put(name, JsonParser.parseString(json));
        return this;
    }

    GraphBuilder withoutOutput(String name) {
        outputs.remove(name);
        return this;
    }

    SynthGraph build() {
        return SynthGraph.parse(json());
    }

    String json() {
        JsonObject document = new JsonObject();
        document.addProperty("project", PROJECT);
        document.addProperty("stack", stack);
        JsonObject outputsJson = new JsonObject();
        outputs.forEach(outputsJson::add);
        document.add("outputs", outputsJson);
        JsonArray resourcesJson = new JsonArray();
        resources.forEach((name, spec) -> resourcesJson.add(resourceJson(name, spec)));
        document.add("resources", resourcesJson);
        return new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(document);
    }

    String urn(String name) {
        return "urn:pulumi:" + stack + "::" + PROJECT + "::" + typeChain(name) + "::" + name;
    }

    private JsonObject resourceJson(String name, Spec spec) {
        JsonObject json = new JsonObject();
        json.addProperty("urn", urn(name));
        json.addProperty("type", spec.type);
        json.addProperty("name", name);
        json.add("parent", spec.parent == null ? JsonNull.INSTANCE : new JsonPrimitive(urn(spec.parent)));
        json.add("inputs", spec.inputs.deepCopy());
        json.add("options", spec.options.deepCopy());
        return json;
    }

    private String typeChain(String name) {
        Spec spec = resources.get(name);
        if (spec == null) {
            throw new IllegalStateException("no resource named " + name);
        }
        return spec.parent == null ? spec.type : typeChain(spec.parent) + "$" + spec.type;
    }

    /** One resource's definition. */
    static final class Spec {

        private final String type;
        private String parent;
        private JsonObject inputs = new JsonObject();
        private final JsonObject options = defaultOptions();

        private Spec(String type) {
            this.type = type;
        }

        Spec parent(String name) {
            parent = name;
            return this;
        }

        Spec inputs(String json) {
            inputs = JsonParser.parseString(json).getAsJsonObject();
            return this;
        }

        Spec protect() {
            options.addProperty("protect", true);
            return this;
        }

        Spec aliases(String... urns) {
            JsonArray list = new JsonArray();
            for (String urn : urns) {
                list.add(urn);
            }
            options.add("aliases", list);
            return this;
        }

        Spec retainOnDelete() {
            options.addProperty("retainOnDelete", true);
            return this;
        }

        Spec ignoreChanges(String... paths) {
            JsonArray list = new JsonArray();
            for (String path : paths) {
                list.add(path);
            }
            options.add("ignoreChanges", list);
            return this;
        }

        Spec dependsOn(String... urns) {
            JsonArray list = new JsonArray();
            for (String urn : urns) {
                list.add(urn);
            }
            options.add("dependsOn", list);
            return this;
        }

        private Spec copy() {
            Spec copy = new Spec(type);
            copy.parent = parent;
            copy.inputs = inputs.deepCopy();
            options.entrySet().forEach(e -> copy.options.add(e.getKey(), e.getValue().deepCopy()));
            return copy;
        }

        private static JsonObject defaultOptions() {
            JsonObject options = new JsonObject();
            options.add("dependsOn", new JsonArray());
            options.add("ignoreChanges", new JsonArray());
            options.addProperty("protect", false);
            options.addProperty("deleteBeforeReplace", false);
            options.addProperty("retainOnDelete", false);
            return options;
        }
    }
}
