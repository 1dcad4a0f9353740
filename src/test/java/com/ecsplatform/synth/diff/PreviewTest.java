package com.ecsplatform.synth.diff;

import static com.ecsplatform.synth.diff.GraphBuilder.SECURITY_GROUP;
import static com.ecsplatform.synth.diff.GraphBuilder.SUBNET;
import static com.ecsplatform.synth.diff.GraphBuilder.VPC;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Classification and cascade on hand-made graphs: what a deploy does to each resource, and why. */
class PreviewTest {

    static final String IGW = "aws:ec2/internetGateway:InternetGateway";
    static final String INGRESS = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
    static final String TASK_DEFINITION = "aws:ecs/taskDefinition:TaskDefinition";
    static final String SERVICE = "aws:ecs/service:Service";
    static final String LAUNCH_TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";
    static final String GROUP = "aws:autoscaling/group:Group";
    static final String INSTANCE = "aws:ec2/instance:Instance";
    static final String LOAD_BALANCER = "aws:lb/loadBalancer:LoadBalancer";

    private final GraphBuilder base = GraphBuilder.devNetwork();

    static PlannedChange change(Preview preview, String name) {
        return preview.changes().stream().filter(change -> change.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " has no change in " + TextReport.render(preview)));
    }

    static boolean untouched(Preview preview, String name) {
        return preview.changes().stream().noneMatch(change -> change.name().equals(name));
    }

    @Test
    void changingAReplaceOnChangeInputReplacesTheResource() {
        Preview preview = Preview.between(base.build(), base.copy()
                .resource("net-public-1", SUBNET, r -> r.parent("net").inputs("{vpcId: '${net-vpc.id}', cidrBlock: '10.10.9.0/24'}"))
                .build());

        PlannedChange subnet = change(preview, "net-public-1");
        assertThat(subnet.action()).isEqualTo(Action.REPLACE);
    }

    @Test
    void aReplacementNamesTheInputThatForcedIt() {
        Preview preview = Preview.between(base.build(), base.copy()
                .resource("net-public-1", SUBNET, r -> r.parent("net").inputs("{vpcId: '${net-vpc.id}', cidrBlock: '10.10.9.0/24'}"))
                .build());

        PlannedChange subnet = change(preview, "net-public-1");
        assertThat(subnet.cause()).contains("cidrBlock");
        assertThat(TextReport.lines(preview)).contains("    cidrBlock: \"10.10.1.0/24\" → \"10.10.9.0/24\" (forces replacement)");
    }

    @Test
    void changingAnInputWithoutReplaceOnChangeIsAnUpdateInPlace() {
        Preview preview = Preview.between(base.build(), base.copy()
                .resource("net-vpc", VPC, r -> r.parent("net")
                        .inputs("{cidrBlock: '10.10.0.0/16', enableDnsHostnames: false, tags: {Name: 'ecs-platform-dev'}}"))
                .build());

        assertThat(change(preview, "net-vpc").action()).isEqualTo(Action.UPDATE);
        assertThat(preview.counts()).isEqualTo(new Preview.Counts(0, 1, 0, 0, 0));
    }

    @Test
    void aResourceOnlyInTheNewGraphIsCreated() {
        Preview preview = Preview.between(base.build(), base.copy()
                .without("web-sg")
                .resource("net-private-0", SUBNET, r -> r.parent("net").inputs("{vpcId: '${net-vpc.id}', cidrBlock: '10.10.8.0/24'}"))
                .build());

        assertThat(change(preview, "net-private-0").action()).isEqualTo(Action.CREATE);
    }

    @Test
    void aResourceOnlyInTheOldGraphIsDeleted() {
        Preview preview = Preview.between(base.build(), base.copy()
                .without("web-sg")
                .resource("net-private-0", SUBNET, r -> r.parent("net").inputs("{vpcId: '${net-vpc.id}', cidrBlock: '10.10.8.0/24'}"))
                .build());

        assertThat(change(preview, "web-sg").action()).isEqualTo(Action.DELETE);
    }

    @Test
    void aRenameWithoutAnAliasIsAReplacement() {
        Preview preview = Preview.between(base.build(), base.copy()
                .without("web-sg")
                .resource("alb-sg", SECURITY_GROUP, r -> r.inputs(
                        "{vpcId: '${net-vpc.id}', ingress: [{protocol: 'tcp', fromPort: 80, toPort: 80, cidrBlocks: ['0.0.0.0/0']}]}"))
                .build());

        PlannedChange renamed = change(preview, "alb-sg");
        assertThat(renamed.action()).isEqualTo(Action.REPLACE);
        assertThat(renamed.cause()).contains("renamed web-sg → alb-sg without an alias");
    }

    @Test
    void aRenameWithAnAliasToTheOldUrnIsAnUpdate() {
        String oldUrn = base.urn("web-sg");
        Preview preview = Preview.between(base.build(), base.copy()
                .without("web-sg")
                .resource("alb-sg", SECURITY_GROUP, r -> r.aliases(oldUrn).inputs(
                        "{vpcId: '${net-vpc.id}', ingress: [{protocol: 'tcp', fromPort: 80, toPort: 80, cidrBlocks: ['0.0.0.0/0']}]}"))
                .build());

        PlannedChange renamed = change(preview, "alb-sg");
        assertThat(renamed.action()).isEqualTo(Action.UPDATE);
        assertThat(renamed.parentChange()).hasValueSatisfying(line -> assertThat(line).startsWith("aliased: web-sg"));
        assertThat(preview.counts()).isEqualTo(new Preview.Counts(0, 1, 0, 0, 0));
    }

    @Test
    void aReplacedResourceReplacesEveryResourceWhoseReferencingInputForcesIt() {
        Preview preview = Preview.between(base.build(), base.copy()
                .resource("net-vpc", VPC, r -> r.parent("net")
                        .inputs("{cidrBlock: '10.99.0.0/16', enableDnsHostnames: true, tags: {Name: 'ecs-platform-dev'}}"))
                .build());

        assertThat(change(preview, "net-vpc").action()).isEqualTo(Action.REPLACE);
        for (String dependent : new String[] {"net-public-0", "net-public-1", "web-sg"}) {
            PlannedChange change = change(preview, dependent);
            assertThat(change.action()).as(dependent).isEqualTo(Action.REPLACE);
            assertThat(change.cause()).as(dependent).contains("vpcId (net-vpc is replaced)");
            assertThat(change.chain()).as(dependent)
                    .containsExactly("net-vpc replaced (cidrBlock)", dependent + " replaced because vpcId changes");
        }
    }

    @Test
    void aDependentWhoseReferencingInputUpdatesInPlaceIsUpdatedNotReplaced() {
        GraphBuilder withGateway = base.copy().resource("net-igw", IGW, r -> r.parent("net").inputs("{vpcId: '${net-vpc.id}'}"));
        Preview preview = Preview.between(withGateway.build(), withGateway.copy()
                .resource("net-vpc", VPC, r -> r.parent("net")
                        .inputs("{cidrBlock: '10.99.0.0/16', enableDnsHostnames: true, tags: {Name: 'ecs-platform-dev'}}"))
                .build());

        PlannedChange gateway = change(preview, "net-igw");
        assertThat(gateway.action()).isEqualTo(Action.UPDATE);
        assertThat(gateway.chain()).containsExactly("net-vpc replaced (cidrBlock)", "net-igw updated because vpcId changes");
    }

    @Test
    void theCascadeFollowsReplacementsUntilNothingElseChanges() {
        GraphBuilder withRule = base.copy()
                .resource("web-sg-from-alb", INGRESS, r -> r.inputs("{securityGroupId: '${web-sg.id}', fromPort: 80, toPort: 80}"))
                .resource("web-sg-note", IGW, r -> r.inputs("{tags: {Rule: '${web-sg-from-alb.id}'}}"));
        Preview preview = Preview.between(withRule.build(), withRule.copy()
                .resource("net-vpc", VPC, r -> r.parent("net")
                        .inputs("{cidrBlock: '10.99.0.0/16', enableDnsHostnames: true, tags: {Name: 'ecs-platform-dev'}}"))
                .build());

        assertThat(change(preview, "web-sg-from-alb").chain()).containsExactly(
                "net-vpc replaced (cidrBlock)",
                "web-sg replaced because vpcId changes",
                "web-sg-from-alb replaced because securityGroupId changes");
        assertThat(change(preview, "web-sg-note").action()).isEqualTo(Action.UPDATE);
        assertThat(change(preview, "web-sg-note").chain()).hasSize(4);
    }

    @Test
    void anInputUnderIgnoreChangesNeitherReplacesNorCascades() {
        GraphBuilder withBastion = base.copy().resource("bastion", INSTANCE, r -> r.ignoreChanges("ami")
                .inputs("{ami: 'ami-1', subnetId: '${net-public-0.id}'}"));
        Preview preview = Preview.between(withBastion.build(), withBastion.copy()
                .resource("bastion", INSTANCE, r -> r.ignoreChanges("ami").inputs("{ami: 'ami-2', subnetId: '${net-public-0.id}'}"))
                .build());

        assertThat(change(preview, "bastion").action()).isEqualTo(Action.UPDATE);
        assertThat(TextReport.lines(preview)).contains("    ami: \"ami-1\" → \"ami-2\" (ignoreChanges: not applied)");
    }

    @Test
    void aLaunchTemplateUpdateGivesTheGroupThatUsesItANewVersion() {
        GraphBuilder fleet = base.copy()
                .resource("lt", LAUNCH_TEMPLATE, r -> r.inputs("{instanceType: 't3.small'}"))
                .resource("asg", GROUP, r -> r.inputs("{launchTemplate: {id: '${lt.id}', version: '1'}, maxSize: 2}"));
        Preview preview = Preview.between(fleet.build(), fleet.copy()
                .resource("lt", LAUNCH_TEMPLATE, r -> r.inputs("{instanceType: 't3.medium'}"))
                .build());

        assertThat(change(preview, "lt").action()).isEqualTo(Action.UPDATE);
        PlannedChange group = change(preview, "asg");
        assertThat(group.action()).isEqualTo(Action.UPDATE);
        assertThat(group.implied()).extracting(input -> input.change().path()).containsExactly("launchTemplate.version");
    }

    @Test
    void aTaskDefinitionChangeReplacesItForTheChangedImage() {
        GraphBuilder service = base.copy()
                .resource("task", TASK_DEFINITION, r -> r.inputs("{family: 'web', containerDefinitions: '[{\"name\":\"web\",\"image\":\"nginx:1.27\"}]'}"))
                .resource("svc", SERVICE, r -> r.inputs("{cluster: 'c', taskDefinition: '${task.arn}'}"));
        Preview preview = Preview.between(service.build(), service.copy()
                .resource("task", TASK_DEFINITION, r -> r.inputs("{family: 'web', containerDefinitions: '[{\"name\":\"web\",\"image\":\"nginx:1.28\"}]'}"))
                .build());

        assertThat(change(preview, "task").cause()).contains("containerDefinitions[0].image");
    }

    @Test
    void aTaskDefinitionChangeUpdatesTheServiceInPlace() {
        GraphBuilder service = base.copy()
                .resource("task", TASK_DEFINITION, r -> r.inputs("{family: 'web', containerDefinitions: '[{\"name\":\"web\",\"image\":\"nginx:1.27\"}]'}"))
                .resource("svc", SERVICE, r -> r.inputs("{cluster: 'c', taskDefinition: '${task.arn}'}"));
        Preview preview = Preview.between(service.build(), service.copy()
                .resource("task", TASK_DEFINITION, r -> r.inputs("{family: 'web', containerDefinitions: '[{\"name\":\"web\",\"image\":\"nginx:1.28\"}]'}"))
                .build());

        assertThat(change(preview, "svc").action()).isEqualTo(Action.UPDATE);
    }

    @Test
    void aConditionalRuleTheGraphCannotSettleIsShownAsAPossibleReplacement() {
        Preview preview = Preview.between(base.build(), base.copy()
                .resource("net-vpc", VPC, r -> r.parent("net").inputs(
                        "{cidrBlock: '10.10.0.0/16', enableDnsHostnames: true, instanceTenancy: 'dedicated', tags: {Name: 'ecs-platform-dev'}}"))
                .build());

        PlannedChange vpc = change(preview, "net-vpc");
        assertThat(vpc.action()).isEqualTo(Action.UPDATE);
        assertThat(vpc.maybe()).singleElement().asString().startsWith("instanceTenancy: ");
    }

    @Test
    void anApplicationLoadBalancerKeepsItsIdentityWhenItsSubnetsAreReplaced() {
        GraphBuilder edge = base.copy().resource("alb", LOAD_BALANCER, r -> r.inputs(
                "{loadBalancerType: 'application', subnets: ['${net-public-0.id}', '${net-public-1.id}']}"));
        Preview preview = Preview.between(edge.build(), edge.copy()
                .resource("net-public-0", SUBNET, r -> r.parent("net").inputs("{vpcId: '${net-vpc.id}', cidrBlock: '10.10.7.0/24'}"))
                .build());

        assertThat(change(preview, "alb").action()).isEqualTo(Action.UPDATE);
        assertThat(change(preview, "alb").maybe()).isEmpty();
    }

    @Test
    void aStackOutputReferencingAReplacedResourceIsShownAsChanging() {
        Preview preview = Preview.between(base.build(), base.copy()
                .resource("net-vpc", VPC, r -> r.parent("net")
                        .inputs("{cidrBlock: '10.99.0.0/16', enableDnsHostnames: true, tags: {Name: 'ecs-platform-dev'}}"))
                .build());

        assertThat(preview.outputs()).extracting(output -> output.change().path()).contains("vpcId", "publicSubnetIds");
        assertThat(TextReport.lines(preview)).contains("~ vpcId: \"${net-vpc.id}\" (new value: net-vpc is replaced)");
    }

    @Test
    void anUnrelatedResourceIsNotTouchedByAReplacement() {
        GraphBuilder more = base.copy().resource("other", IGW, r -> r.inputs("{tags: {Name: 'x'}}"));
        Preview preview = Preview.between(more.build(), more.copy()
                .resource("net-vpc", VPC, r -> r.parent("net")
                        .inputs("{cidrBlock: '10.99.0.0/16', enableDnsHostnames: true, tags: {Name: 'ecs-platform-dev'}}"))
                .build());

        assertThat(untouched(preview, "other")).isTrue();
    }
}
