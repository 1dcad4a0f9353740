package com.ecsplatform.network;

import com.ecsplatform.iam.PolicyDocument;
import com.ecsplatform.synth.RegisteredResource;
import com.ecsplatform.synth.SynthResult;
import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.Stacks;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonParser;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static com.ecsplatform.testing.Inputs.bool;
import static com.ecsplatform.testing.Inputs.has;
import static com.ecsplatform.testing.Inputs.string;
import static com.ecsplatform.testing.Inputs.strings;
import static org.assertj.core.api.Assertions.assertThat;

class NetworkStackTest {

    private static final String SUBNET = "aws:ec2/subnet:Subnet";
    private static final String NAT = "aws:ec2/natGateway:NatGateway";
    private static final String ROUTE = "aws:ec2/route:Route";

    @Test
    void devSpreadsAPublicPrivateSubnetPairOverEachOfTwoAzs() {
        var subnets = Stacks.dev().ofType(SUBNET);

        assertThat(subnets).hasSize(4);
        assertThat(subnets.stream().map(s -> string(s, "availabilityZone")).distinct()).hasSize(2);
        assertThat(subnets).filteredOn(s -> s.name().contains("public")).extracting(s -> string(s, "availabilityZone"))
                .containsExactlyInAnyOrderElementsOf(
                        subnets.stream().filter(s -> s.name().contains("private")).map(s -> string(s, "availabilityZone")).toList());
    }

    @Test
    void prodHasOneNatGatewayPerAz() {
        var prod = Stacks.prod();
        var nats = prod.ofType(NAT);
        assertThat(nats).hasSize(3);

        for (int az = 0; az < 3; az++) {
            var natGateway = prod.require("net-nat-" + az);
            assertThat(string(natGateway, "subnetId")).as("NAT %d sits in public subnet %d", az, az).isEqualTo("${net-public-" + az + ".id}");
        }
    }

    @Test
    void eachProdPrivateSubnetRoutesThroughTheNatInItsOwnAz() {
        var prod = Stacks.prod();

        for (int az = 0; az < 3; az++) {
            var privateSubnet = prod.require("net-private-" + az);
            var route = prod.require("net-private-" + az + "-default-route");
            assertThat(string(route, "natGatewayId")).as(route.name()).isEqualTo("${net-nat-" + az + ".id}");
            assertThat(string(route, "destinationCidrBlock")).isEqualTo("0.0.0.0/0");
            assertThat(string(prod.require("net-private-" + az + "-rta"), "subnetId")).isEqualTo("${" + privateSubnet.name() + ".id}");
        }
    }

    @Test
    void devHasOneNatGatewayThatEveryPrivateSubnetRoutesThrough() {
        var dev = Stacks.dev();

        assertThat(dev.ofType(NAT)).extracting(RegisteredResource::name).containsExactly("net-nat-0");
        assertThat(privateDefaultRoutes(dev).values()).containsOnly("${net-nat-0.id}");
        assertThat(privateDefaultRoutes(dev)).hasSize(2);
    }

    @Test
    void withoutNatThePrivateSubnetsReachAwsOnlyThroughVpcEndpoints() {
        var graph = Stacks.devWith(values -> {
            values.put("ecs-platform:natGateways", "none");
            ConfigFixtures.set(values, "ecs-platform:service.image", "123456789012.dkr.ecr.ap-northeast-2.amazonaws.com/web:1.0.0");
        });

        assertThat(graph.ofType(NAT)).isEmpty();
        assertThat(graph.ofType("aws:ec2/eip:Eip")).isEmpty();
        assertThat(privateDefaultRoutes(graph)).isEmpty();
        var endpoints = graph.ofType("aws:ec2/vpcEndpoint:VpcEndpoint");
        assertThat(endpoints).extracting(e -> string(e, "serviceName")).containsExactlyInAnyOrder(
                "com.amazonaws.ap-northeast-2.ecs", "com.amazonaws.ap-northeast-2.ecs-agent",
                "com.amazonaws.ap-northeast-2.ecs-telemetry", "com.amazonaws.ap-northeast-2.ecr.api",
                "com.amazonaws.ap-northeast-2.ecr.dkr", "com.amazonaws.ap-northeast-2.logs",
                "com.amazonaws.ap-northeast-2.ssm", "com.amazonaws.ap-northeast-2.secretsmanager",
                "com.amazonaws.ap-northeast-2.ssmmessages", "com.amazonaws.ap-northeast-2.ec2messages",
                "com.amazonaws.ap-northeast-2.ec2", "com.amazonaws.ap-northeast-2.s3");
        endpoints.stream().filter(e -> string(e, "vpcEndpointType").equals("Interface")).forEach(endpoint -> {
            assertThat(strings(endpoint, "subnetIds")).as(endpoint.name()).containsExactly("${net-private-0.id}", "${net-private-1.id}");
            assertThat(strings(endpoint, "securityGroupIds")).as(endpoint.name()).containsExactly("${firewall-endpoints.id}");
            assertThat(bool(endpoint, "privateDnsEnabled")).as(endpoint.name()).isTrue();
        });
        assertThat(strings(graph.require("endpoints-s3"), "routeTableIds"))
                .containsExactly("${net-private-0-rt.id}", "${net-private-1-rt.id}");
        assertThat(string(graph.require("firewall-endpoints-from-instances-443"), "referencedSecurityGroupId"))
                .isEqualTo("${firewall-instances.id}");
    }

    /**
     * The endpoints a no-NAT stack needs, derived from what the instances and the task are configured
     * to call, independently of {@link PrivateEndpoints#ENDPOINTS}.
     */
    @Test
    void withoutNatTheEndpointsCoverEveryApiTheWorkloadCalls() {
        var graph = Stacks.devWith(values -> {
            values.put("ecs-platform:natGateways", "none");
            ConfigFixtures.set(values, "ecs-platform:service.image", "123456789012.dkr.ecr.ap-northeast-2.amazonaws.com/web:1.0.0");
            ConfigFixtures.set(values, "ecs-platform:service.secrets", Map.of(
                    "API_KEY", "arn:aws:secretsmanager:ap-northeast-2:123456789012:secret:api-key-AbCdEf",
                    "DB_PASSWORD", "arn:aws:ssm:ap-northeast-2:123456789012:parameter/db-password"));
        });
        String userData = new String(Base64.getDecoder().decode(string(graph.require("compute-launch-template"), "userData")),
                StandardCharsets.UTF_8);
        var container = JsonParser.parseString(string(graph.require("web-task"), "containerDefinitions"))
                .getAsJsonArray().get(0).getAsJsonObject();

        var needed = new TreeSet<String>();
        if (userData.contains("ECS_CLUSTER=")) {
            needed.addAll(List.of("ecs", "ecs-agent", "ecs-telemetry"));
        }
        if (userData.contains("ECS_CONTAINER_INSTANCE_PROPAGATE_TAGS_FROM=ec2_instance")) {
            needed.add("ec2");
        }
        // The ECS-optimized AMI runs the SSM agent, and the instance role grants it Session Manager.
        needed.addAll(List.of("ssm", "ssmmessages", "ec2messages"));
        if (container.get("image").getAsString().contains(".dkr.ecr.")) {
            needed.addAll(List.of("ecr.api", "ecr.dkr", "s3"));
        }
        if (container.getAsJsonObject("logConfiguration").get("logDriver").getAsString().equals("awslogs")) {
            needed.add("logs");
        }
        container.getAsJsonArray("secrets").forEach(secret -> needed.add(
                secret.getAsJsonObject().get("valueFrom").getAsString().split(":")[2]));

        var endpoints = graph.ofType("aws:ec2/vpcEndpoint:VpcEndpoint").stream()
                .map(endpoint -> string(endpoint, "serviceName").replace("com.amazonaws.ap-northeast-2.", ""))
                .toList();
        assertThat(endpoints).containsAll(needed).contains("secretsmanager", "ec2");
    }

    @Test
    void withNatThereAreNoEndpoints() {
        for (var graph : Stacks.both()) {
            assertThat(graph.ofType("aws:ec2/vpcEndpoint:VpcEndpoint")).as(graph.stack()).isEmpty();
            assertThat(graph.named("firewall-endpoints")).as(graph.stack()).isEmpty();
        }
    }

    @Test
    void publicSubnetsRouteToTheInternetGateway() {
        for (var graph : Stacks.both()) {
            graph.ofType(ROUTE).stream().filter(r -> r.name().startsWith("net-public")).forEach(route ->
                    assertThat(string(route, "gatewayId")).as(route.name()).isEqualTo("${net-igw.id}"));
        }
    }

    @Test
    void noSubnetHandsOutPublicAddresses() {
        for (var graph : Stacks.both()) {
            graph.ofType(SUBNET).forEach(subnet ->
                    assertThat(bool(subnet, "mapPublicIpOnLaunch")).as(subnet.name()).isFalse());
        }
    }

    @Test
    void subnetCidrsComeFromTheVpcCidr() {
        var dev = Stacks.dev();

        assertThat(string(dev.require("net-vpc"), "cidrBlock")).isEqualTo("10.10.0.0/16");
        assertThat(string(dev.require("net-private-0"), "cidrBlock")).isEqualTo("10.10.0.0/20");
        assertThat(string(dev.require("net-public-1"), "cidrBlock")).isEqualTo("10.10.48.0/21");
    }

    @Test
    void vpcResolvesDnsNames() {
        var vpc = Stacks.dev().require("net-vpc");

        assertThat(bool(vpc, "enableDnsSupport")).isTrue();
        assertThat(bool(vpc, "enableDnsHostnames")).isTrue();
    }

    @Test
    void theVpcsDefaultSecurityGroupAdmitsNothing() {
        var defaultGroup = Stacks.single(Stacks.dev(), "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup");

        assertThat(has(defaultGroup, "ingress")).as("ingress rules on the default group").isFalse();
        assertThat(has(defaultGroup, "egress")).as("egress rules on the default group").isFalse();
    }

    @Test
    void allVpcTrafficIsLoggedToARetainedLogGroup() {
        var dev = Stacks.dev();
        var flowLog = Stacks.single(dev, "aws:ec2/flowLog:FlowLog");

        assertThat(string(flowLog, "trafficType")).isEqualTo("ALL");
        assertThat(string(flowLog, "vpcId")).isEqualTo("${net-vpc.id}");
        assertThat(string(flowLog, "logDestination")).isEqualTo("${net-flow-logs.arn}");
        assertThat(dev.require("net-flow-logs").inputs().get("retentionInDays").getAsInt()).isEqualTo(14);
        assertThat(Stacks.prod().require("net-flow-logs").inputs().get("retentionInDays").getAsInt()).isEqualTo(365);
        var trust = PolicyDocument.fromJson(string(dev.require("net-flow-logs-role"), "assumeRolePolicy"));
        assertThat(trust.statement().get(0).principal()).containsEntry("Service", "vpc-flow-logs.amazonaws.com");
        assertThat(trust.statement().get(0).condition().get("StringEquals")).containsEntry("aws:SourceAccount", "${lookup:accountId}");
    }

    @Test
    void theFlowLogStartsOnlyOnceItMayWrite() {
        assertThat(Stacks.single(Stacks.dev(), "aws:ec2/flowLog:FlowLog").options().dependsOn()).containsExactly("net-flow-logs-policy");
    }

    @Test
    void onlyProdKeepsItsFlowLogsAfterTheStack() {
        assertThat(Stacks.prod().require("net-flow-logs").options().retainOnDelete()).isTrue();
        assertThat(Stacks.dev().require("net-flow-logs").options().retainOnDelete()).isFalse();
    }

    @Test
    void onlyTheProdVpcIsProtectedFromDeletion() {
        assertThat(Stacks.prod().require("net-vpc").options().protect()).isTrue();
        assertThat(Stacks.dev().require("net-vpc").options().protect()).isFalse();
    }

    @Test
    void natGatewaysWaitForTheInternetGateway() {
        Stacks.prod().ofType(NAT).forEach(nat -> assertThat(nat.options().dependsOn()).as(nat.name()).contains("net-igw"));
    }

    @Test
    void subnetsAreNamedByIndexNotByAzSoAzChangesNeverRenameThem() {
        var graph = Stacks.devWith(values -> ConfigFixtures.set(values, "ecs-platform:availabilityZones", 3));

        assertThat(graph.ofType(SUBNET)).extracting(RegisteredResource::name)
                .containsExactlyInAnyOrder("net-public-0", "net-public-1", "net-public-2", "net-private-0", "net-private-1", "net-private-2");
        assertThat(string(graph.require("net-private-0"), "cidrBlock"))
                .as("the first private subnet keeps its block when an AZ is added")
                .isEqualTo(string(Stacks.dev().require("net-private-0"), "cidrBlock"));
    }

    private static Map<String, String> privateDefaultRoutes(SynthResult graph) {
        return graph.ofType(ROUTE).stream()
                .filter(r -> r.name().startsWith("net-private"))
                .collect(Collectors.toMap(RegisteredResource::name, r -> string(r, "natGatewayId")));
    }

}
