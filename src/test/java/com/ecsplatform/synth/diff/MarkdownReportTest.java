package com.ecsplatform.synth.diff;

import static com.ecsplatform.synth.diff.GraphBuilder.SECURITY_GROUP;
import static com.ecsplatform.synth.diff.GraphBuilder.SUBNET;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    private final GraphBuilder base = GraphBuilder.devNetwork();

    @Test
    void theSummaryTableHasOneRowOfCountsPerStackInTheGivenOrder() {
        Preview dev = Preview.between(base.build(), base.copy()
                .resource("net-private-0", SUBNET, r -> r.parent("net"))
                .resource("net-private-1", SUBNET, r -> r.parent("net"))
                .without("net-public-1")
                .without("web-sg")
                .resource("alb-sg", SECURITY_GROUP, r -> r.inputs(
                        "{vpcId: '${net-vpc.id}', ingress: [{protocol: 'tcp', fromPort: 80, toPort: 80, cidrBlocks: ['0.0.0.0/0']}]}"))
                .build());

        String markdown = MarkdownReport.render(List.of(new StackDiff("prod", noChange()), new StackDiff("dev", dev)));

        assertThat(markdown).startsWith(MarkdownReport.HEADING + "\n\n").contains("""
                | Stack | Create | Update | Replace | Delete | Blocking |
                | --- | ---: | ---: | ---: | ---: | ---: |
                | prod | 0 | 0 | 0 | 0 | 0 |
                | dev | 2 | 0 | 1 | 1 | 0 |
                """);
        assertThat(markdown.indexOf("### prod")).isLessThan(markdown.indexOf("### dev"));
        assertThat(markdown).contains("### prod\n\nNo changes.\n");
        assertThat(markdown).contains("> [!WARNING]\n> 1 resource is renamed or re-parented without an alias");
    }

    @Test
    void eachReplacementIsListedWithItsCauseChain() {
        Preview dev = Preview.between(base.build(), base.copy()
                .resource("net-vpc", GraphBuilder.VPC, r -> r.parent("net").inputs("{cidrBlock: '10.99.0.0/16'}"))
                .build());

        String markdown = MarkdownReport.render(List.of(new StackDiff("dev", dev)));

        assertThat(markdown).contains("**Replaced** (4):\n\n- `net-vpc` aws:ec2/vpc:Vpc: cidrBlock\n")
                .contains("- `net-public-0` aws:ec2/subnet:Subnet: vpcId (net-vpc is replaced);"
                        + " cascade: net-vpc replaced (cidrBlock) → net-public-0 replaced because vpcId changes\n");
    }

    @Test
    void replacementsAreListedBeforeTheDiff() {
        Preview dev = Preview.between(base.build(), base.copy()
                .resource("net-vpc", GraphBuilder.VPC, r -> r.parent("net").inputs("{cidrBlock: '10.99.0.0/16'}"))
                .build());

        String markdown = MarkdownReport.render(List.of(new StackDiff("dev", dev)));

        assertThat(markdown.indexOf("**Replaced**")).isLessThan(markdown.indexOf("```diff"));
    }

    @Test
    void aBlockingChangeIsCalledOut() {
        GraphBuilder guarded = base.copy().resource("net-vpc", GraphBuilder.VPC, r -> r.parent("net").protect()
                .inputs("{cidrBlock: '10.10.0.0/16'}"));
        Preview prod = Preview.between(guarded.build(), guarded.copy()
                .resource("net-vpc", GraphBuilder.VPC, r -> r.parent("net").protect().inputs("{cidrBlock: '10.99.0.0/16'}"))
                .build());
        var stacks = List.of(new StackDiff("prod", prod));

        String unapproved = MarkdownReport.render(stacks, "");

        assertThat(unapproved).contains("| prod | 0 | 0 | 4 | 0 | **1** |")
                .contains("> [!CAUTION]\n> 1 change is blocking")
                .contains("> - prod: `net-vpc` (aws:ec2/vpc:Vpc) would replace a protected resource, forced by cidrBlock\n");
    }

    @Test
    void anApprovedBlockingChangeIsMarkedApproved() {
        GraphBuilder guarded = base.copy().resource("net-vpc", GraphBuilder.VPC, r -> r.parent("net").protect()
                .inputs("{cidrBlock: '10.10.0.0/16'}"));
        Preview prod = Preview.between(guarded.build(), guarded.copy()
                .resource("net-vpc", GraphBuilder.VPC, r -> r.parent("net").protect().inputs("{cidrBlock: '10.99.0.0/16'}"))
                .build());
        var stacks = List.of(new StackDiff("prod", prod));

        String approved = MarkdownReport.render(stacks, "",
                new Approvals(List.of(Approvals.Approval.of("prod", prod.blocking().get(0)))));

        assertThat(approved).contains("> [!CAUTION]\n> 1 change is blocking (1 approved)")
                .contains("forced by cidrBlock — approved in `" + Approvals.FILE + "`");
    }

    @Test
    void aShortStackSectionIsAPlainDiffBlock() {
        Preview dev = Preview.between(base.build(), base.copy().without("net-public-1").build());

        String markdown = MarkdownReport.render(List.of(new StackDiff("dev", dev)));

        assertThat(markdown)
                .contains("### dev\n\n```diff\n- aws:ec2/subnet:Subnet net-public-1\n```\n")
                .doesNotContain("<details>")
                .doesNotContain("[!WARNING]");
    }

    @Test
    void aStackSectionLongerThanTwentyLinesIsFolded() {
        GraphBuilder after = base.copy();
        for (int i = 0; i < MarkdownReport.FOLD_AFTER_LINES + 1; i++) {
            String name = "net-private-" + i;
            after.resource(name, SUBNET, r -> r.parent("net").inputs("{tags: {Name: '" + name + "'}}"));
        }

        String markdown = MarkdownReport.render(List.of(new StackDiff("dev", Preview.between(base.build(), after.build()))));

        assertThat(markdown).contains("### dev\n\n<details><summary>dev: 21 to create (21 lines)</summary>\n\n```diff\n+ ");
        assertThat(markdown).contains("```\n\n</details>\n");
    }

    @Test
    void stacksWithoutChangesSayNoChangesOnce() {
        String markdown = MarkdownReport.render(
                List.of(new StackDiff("dev", noChange()), new StackDiff("prod", noChange())), "Comparing `a` with `b`.");

        assertThat(markdown).isEqualTo("""
                ## Offline synth diff

                Comparing `a` with `b`.

                | Stack | Create | Update | Replace | Delete | Blocking |
                | --- | ---: | ---: | ---: | ---: | ---: |
                | dev | 0 | 0 | 0 | 0 | 0 |
                | prod | 0 | 0 | 0 | 0 | 0 |

                No changes.
                """);
    }

    @Test
    void anOutputOnlyChangeGetsASectionThoughTheCountsAreZero() {
        Preview dev = Preview.between(base.build(), base.copy().output("vpcId", "'${vpc.id}'").build());

        String markdown = MarkdownReport.render(List.of(new StackDiff("dev", dev)));

        assertThat(markdown).contains("| dev | 0 | 0 | 0 | 0 | 0 |")
                .contains("Outputs:\n~ vpcId: \"${net-vpc.id}\" → \"${vpc.id}\"\n")
                .doesNotContain("No changes.");
    }

    @Test
    void backticksInAValueCannotCloseTheCodeBlock() {
        Preview dev = Preview.between(base.build(), base.copy().output("motd", "'run ```make```'").build());

        String markdown = MarkdownReport.render(List.of(new StackDiff("dev", dev)));

        assertThat(markdown).contains("````diff\n").contains("\n````\n");
    }

    @Test
    void renderingIsDeterministic() {
        String first = MarkdownReport.render(twoStacks());
        String second = MarkdownReport.render(twoStacks());

        assertThat(second).isEqualTo(first);
    }

    private List<StackDiff> twoStacks() {
        return List.of(
                new StackDiff("dev", Preview.between(base.build(), base.copy().without("web-sg").build())),
                new StackDiff("prod", Preview.between(SynthGraph.empty("ecs-platform", "prod"), base.build())));
    }

    private Preview noChange() {
        return Preview.between(base.build(), base.copy().build());
    }
}
