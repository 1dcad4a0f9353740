package com.ecsplatform.synth.diff;

import static com.ecsplatform.synth.diff.GraphBuilder.PLATFORM;
import static com.ecsplatform.synth.diff.GraphBuilder.SECURITY_GROUP;
import static com.ecsplatform.synth.diff.GraphBuilder.SUBNET;
import static com.ecsplatform.synth.diff.GraphBuilder.VPC;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextReportTest {

    private static final String SG_INPUTS =
            "{vpcId: '${net-vpc.id}', ingress: [{protocol: 'tcp', fromPort: 80, toPort: 80, cidrBlocks: ['0.0.0.0/0']}]}";

    private final GraphBuilder base = GraphBuilder.devNetwork();

    @Test
    void aDiffWithEveryKindOfChangeRendersInReplaceDeleteCreateUpdateOrder() {
        SynthGraph after = base.copy()
                .resource("net-private-0", SUBNET, r -> r.parent("net").inputs("{cidrBlock: '10.10.10.0/24'}"))
                .resource("net-vpc", VPC, r -> r.parent("net").protect()
                        .inputs("{cidrBlock: '10.10.0.0/16', enableDnsHostnames: true, tags: {Name: 'platform-dev'}}"))
                .without("net-public-1")
                .without("web-sg")
                .resource("alb-sg", SECURITY_GROUP, r -> r.inputs(SG_INPUTS))
                .output("publicSubnetIds", "['${net-public-0.id}']")
                .build();

        String report = TextReport.render(Preview.between(base.build(), after));

        assertThat(report).isEqualTo("""
                1 to replace, 1 to delete, 1 to create, 1 to update
                ± aws:ec2/securityGroup:SecurityGroup renamed web-sg → alb-sg (replacement! add an alias)
                    this replaces the resource in a real deploy; to keep it add .aliases(Alias.builder().name("web-sg").build())
                - aws:ec2/subnet:Subnet net-public-1
                + aws:ec2/subnet:Subnet net-private-0
                ~ aws:ec2/vpc:Vpc net-vpc
                    tags.Name: "ecs-platform-dev" → "platform-dev"
                    options.protect: false → true
                Outputs:
                ~ publicSubnetIds: ["${net-public-0.id}","${net-public-1.id}"] → ["${net-public-0.id}"]
                """);
    }

    @Test
    void aReparentedResourceReadsAsAMoveWithTheAliasThatKeepsIt() {
        GraphBuilder before = base.copy().component("platform", PLATFORM);
        SynthGraph after = before.copy()
                .resource("web-sg", SECURITY_GROUP, r -> r.parent("platform").inputs(SG_INPUTS))
                .build();

        String report = TextReport.render(Preview.between(before.build(), after));

        assertThat(report).contains(
                "± aws:ec2/securityGroup:SecurityGroup web-sg re-parented (stack) → platform (replacement! add an alias)\n"
                        + "    this replaces the resource in a real deploy; to keep it add .aliases(Alias.noParent())\n");
    }

    @Test
    void aChildOfTheStackResourceCountsAsHavingNoParent() {
        GraphBuilder before = GraphBuilder.stack("dev")
                .component("ecs-platform-dev", GraphBuilder.STACK)
                .resource("platform", PLATFORM, r -> r.parent("ecs-platform-dev"))
                .resource("logs", "aws:s3/bucket:Bucket", r -> r.parent("ecs-platform-dev"));
        SynthGraph after = before.copy().resource("logs", "aws:s3/bucket:Bucket", r -> r.parent("platform")).build();

        String report = TextReport.render(Preview.between(before.build(), after));

        assertThat(report).isEqualTo("""
                1 to replace
                ± aws:s3/bucket:Bucket logs re-parented (stack) → platform (replacement! add an alias)
                    this replaces the resource in a real deploy; to keep it add .aliases(Alias.noParent())
                    effect: the bucket's objects are lost to the stack; deleting it fails while it holds any
                """);
    }

    @Test
    void aResourceLeavingItsParentIsToldToAliasTheOldParent() {
        SynthGraph after = base.copy()
                .resource("net-vpc", VPC, r -> r
                        .inputs("{cidrBlock: '10.10.0.0/16', enableDnsHostnames: true, tags: {Name: 'ecs-platform-dev'}}"))
                .build();

        String report = TextReport.render(Preview.between(base.build(), after));

        assertThat(report).contains("± aws:ec2/vpc:Vpc net-vpc re-parented net → (stack)")
                .contains(".aliases(Alias.builder().parent(<old parent net>).build())");
    }

    @Test
    void aParentOfTheSameTypeIsShownAsAParentUpdate() {
        GraphBuilder before = base.copy().component("net-b", GraphBuilder.NETWORK);
        SynthGraph after = before.copy()
                .resource("net-public-1", SUBNET, r -> r.parent("net-b").inputs("{vpcId: '${net-vpc.id}', cidrBlock: '10.10.1.0/24'}"))
                .build();

        String report = TextReport.render(Preview.between(before.build(), after));

        assertThat(report).isEqualTo("""
                1 to update
                ~ aws:ec2/subnet:Subnet net-public-1
                    parent: net → net-b
                """);
    }

    @Test
    void aPropertyOnOneSideOnlyReadsAsAbsentOnTheOther() {
        SynthGraph after = base.copy()
                .resource("net-vpc", VPC, r -> r.parent("net")
                        .inputs("{cidrBlock: '10.10.0.0/16', tags: {Name: 'ecs-platform-dev', 'kubernetes.io/role': 'shared'}}"))
                .build();

        String report = TextReport.render(Preview.between(base.build(), after));

        assertThat(report).contains(
                "    enableDnsHostnames: true → (absent)\n",
                "    tags[\"kubernetes.io/role\"]: (absent) → \"shared\"\n");
    }

    @Test
    void aLongValueIsShortenedAroundItsFirstDifference() {
        String policy = "{\\\"Statement\\\":[" + "{\\\"Effect\\\":\\\"Allow\\\"},".repeat(40);
        SynthGraph before = GraphBuilder.stack("dev")
                .resource("task-role", "aws:iam/role:Role", r -> r.inputs("{policy: \"" + policy + "'s3:GetObject']}\"}"))
                .build();
        SynthGraph after = GraphBuilder.stack("dev")
                .resource("task-role", "aws:iam/role:Role", r -> r.inputs("{policy: \"" + policy + "'s3:PutObject']}\"}"))
                .build();

        String line = TextReport.lines(Preview.between(before, after)).get(1);

        assertThat(line)
                .startsWith("    policy: …")
                .contains("s3:GetObject']}\" → …", "s3:PutObject']}\"")
                .hasSizeLessThan(2 * (ValueFormat.MAX_LENGTH + 10));
    }

    @Test
    void identicalGraphsRenderAsNoChanges() {
        assertThat(TextReport.render(Preview.between(base.build(), base.copy().build()))).isEqualTo("No changes.\n");
    }

    @Test
    void renderingIsDeterministic() {
        SynthGraph after = base.copy()
                .without("web-sg")
                .resource("alb-sg", SECURITY_GROUP, r -> r.inputs(SG_INPUTS))
                .resource("net-vpc", VPC, r -> r.parent("net").inputs("{cidrBlock: '10.20.0.0/16', tags: {B: 'b', A: 'a'}}"))
                .output("x", "1")
                .build();

        String first = TextReport.render(Preview.between(base.build(), after));
        String second = TextReport.render(Preview.between(base.copy().build(), SynthGraph.parse(base.copy()
                .without("web-sg")
                .resource("net-vpc", VPC, r -> r.parent("net").inputs("{tags: {A: 'a', B: 'b'}, cidrBlock: '10.20.0.0/16'}"))
                .output("x", "1")
                .resource("alb-sg", SECURITY_GROUP, r -> r.inputs(SG_INPUTS))
                .json())));

        assertThat(second).isEqualTo(first);
    }
}
