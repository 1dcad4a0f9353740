package com.ecsplatform.synth;

import com.ecsplatform.synth.diff.Approvals;
import com.ecsplatform.synth.diff.GitBaseline;
import com.ecsplatform.synth.diff.Preview;
import com.ecsplatform.synth.diff.SynthGraph;
import com.ecsplatform.testing.Stacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The build's guard: a blocking change fails until the approvals file names exactly that change. */
class ChangeGuardTest {

    private static final GitBaseline BASELINE = new GitBaseline("merge-base(HEAD, main)", "0123456789abcdef");

    @TempDir
    Path dir;

    /** Each edited graph is synthesized once for the tests of this class. */
    private static final Map<String, SynthGraph> PROD_WITH_CIDR = new ConcurrentHashMap<>();

    private static SynthGraph prodWithCidr(String cidr) {
        return PROD_WITH_CIDR.computeIfAbsent(cidr,
                value -> Stacks.graph(Stacks.prodWith(values -> values.put("ecs-platform:vpcCidr", value))));
    }

    @Test
    void anUnapprovedVpcReplacementFailsWithAnActionableMessage() {
        var outcome = ChangeGuard.check("prod", BASELINE, Stacks.graph(Stacks.prod()), prodWithCidr("10.30.0.0/16"), Approvals.none());

        assertThat(outcome.unapproved()).hasSize(1);
        assertThat(outcome.message())
                .startsWith("prod: 1 blocking change against the baseline merge-base(HEAD, main) = 0123456:\n")
                .contains("net-vpc: replace, forced by cidrBlock [BLOCKING: would replace a protected resource]")
                .contains("cidrBlock: \"10.20.0.0/16\" → \"10.30.0.0/16\" (forces replacement)")
                .contains(ChangeGuard.APPROVE_COMMAND)
                .contains(Approvals.FILE);
    }

    @Test
    void anApprovedBlockingChangePasses() {
        SynthGraph deployed = Stacks.graph(Stacks.prod());
        SynthGraph current = prodWithCidr("10.30.0.0/16");
        var approvals = new Approvals(Preview.between(deployed, current).blocking().stream()
                .map(change -> Approvals.Approval.of("prod", change)).toList());

        var outcome = ChangeGuard.check("prod", BASELINE, deployed, current, approvals);

        assertThat(outcome.blocking()).hasSize(1);
        assertThat(outcome.unapproved()).isEmpty();
    }

    @Test
    void anApprovalCoversOnlyTheChangeItNames() {
        SynthGraph deployed = Stacks.graph(Stacks.prod());
        var approvals = new Approvals(Preview.between(deployed, prodWithCidr("10.30.0.0/16")).blocking().stream()
                .map(change -> Approvals.Approval.of("prod", change)).toList());

        var outcome = ChangeGuard.check("prod", BASELINE, deployed, prodWithCidr("10.40.0.0/16"), approvals);

        assertThat(outcome.unapproved()).hasSize(1);
    }

    @Test
    void approvalsSurviveTheRoundTripThroughTheirFile() throws IOException {
        var approvals = new Approvals(List.of(new Approvals.Approval("prod", "net-vpc", "aws:ec2/vpc:Vpc", "replace",
                "cidrBlock: \"10.20.0.0/16\" → \"10.30.0.0/16\" (forces replacement)", "would replace a protected resource")));

        approvals.write(dir);

        assertThat(Approvals.read(dir)).isEqualTo(approvals);
    }

    @Test
    void writingNoApprovalsRemovesTheFile() throws IOException {
        new Approvals(List.of(new Approvals.Approval("prod", "net-vpc", "t", "replace", "c", "r"))).write(dir);

        Approvals.none().write(dir);

        assertThat(dir.resolve(Approvals.FILE)).doesNotExist();
    }
}
