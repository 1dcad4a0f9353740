package com.ecsplatform.synth.diff;

import com.ecsplatform.testing.GitRepository;
import static com.ecsplatform.synth.diff.GraphBuilder.SUBNET;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffMainTest {

    @TempDir
    Path dir;

    /** What the stub synth returns per stack: these tests are about the diff, not the stack program. */
    private final Map<String, String> synthesized = new HashMap<>();
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @Test
    void twoSynthFilesArePrintedAsMarkdownWithExitCodeZero() throws IOException {
        GraphBuilder base = GraphBuilder.devNetwork();
        Path before = Files.writeString(dir.resolve("before.json"), base.json());
        Path after = Files.writeString(dir.resolve("after.json"), base.copy().without("net-public-1").json());

        int exitCode = run(before.toString(), after.toString());

        assertThat(exitCode).isZero();
        assertThat(out()).startsWith(MarkdownReport.HEADING)
                .contains("| dev | 0 | 0 | 0 | 1 | 0 |")
                .contains("- aws:ec2/subnet:Subnet net-public-1");
        assertThat(err()).isEmpty();
    }

    @Test
    void outAlsoWritesTheReportToAFile() throws IOException {
        Path graph = Files.writeString(dir.resolve("dev.json"), GraphBuilder.devNetwork().json());
        Path report = dir.resolve("reports/diff.md");

        int exitCode = run(graph.toString(), graph.toString(), "--out", report.toString());

        assertThat(exitCode).isZero();
        assertThat(report).content(StandardCharsets.UTF_8).isEqualTo(out()).contains("No changes.");
    }

    @Test
    void noArgumentsIsAUsageErrorOnOneLine() {
        int exitCode = run();

        assertThat(exitCode).isEqualTo(DiffMain.USAGE);
        assertThat(out()).isEmpty();
        assertThat(err()).startsWith("diff: expected two synth files, got 0; usage: DiffMain ").hasLineCount(1);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(run("--frobnicate", "a.json")).isEqualTo(DiffMain.USAGE);
        assertThat(err()).startsWith("diff: unknown option --frobnicate;").hasLineCount(1);
    }

    @Test
    void aMissingFileIsReportedWithoutAStackTrace() {
        int exitCode = run("missing.json", "also-missing.json");

        assertThat(exitCode).isEqualTo(DiffMain.USAGE);
        assertThat(err()).isEqualTo("diff: no such file: " + dir.resolve("missing.json") + "\n");
    }

    @Test
    void aFileThatIsNotASynthGraphIsReportedWithItsName() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"project\": ");

        int exitCode = run(broken.toString(), broken.toString());

        assertThat(exitCode).isEqualTo(DiffMain.USAGE);
        assertThat(err()).startsWith("diff: " + broken + ": not valid JSON").hasLineCount(1);
    }

    @Test
    void gitRefModeComparesTheCommittedSnapshotWithTheCurrentStackFilesSynth() throws Exception {
        GraphBuilder base = GraphBuilder.devNetwork();
        initRepository();
        commitFile("src/test/resources/snapshots/dev.json", base.json());
        commitFile("Pulumi.dev.yaml", "config: {}\n");
        synthesized.put("dev", base.copy()
                .resource("net-private-0", SUBNET, r -> r.parent("net").inputs("{cidrBlock: '10.10.10.0/24'}"))
                .json());

        int exitCode = run("--git-ref", "HEAD", "dev");

        assertThat(err()).isEmpty();
        assertThat(exitCode).isZero();
        assertThat(out()).contains("| dev | 1 | 0 | 0 | 0 | 0 |").contains("+ aws:ec2/subnet:Subnet net-private-0");
    }

    @Test
    void anApprovedBlockingChangeIsMarkedAsApprovedInTheReport() throws Exception {
        GraphBuilder guarded = GraphBuilder.devNetwork()
                .resource("net-vpc", GraphBuilder.VPC, r -> r.parent("net").protect().inputs("{cidrBlock: '10.10.0.0/16'}"));
        GraphBuilder changed = guarded.copy()
                .resource("net-vpc", GraphBuilder.VPC, r -> r.parent("net").protect().inputs("{cidrBlock: '10.99.0.0/16'}"));
        Path before = Files.writeString(dir.resolve("before.json"), guarded.json());
        Path after = Files.writeString(dir.resolve("after.json"), changed.json());
        new Approvals(Preview.between(guarded.build(), changed.build()).blocking().stream()
                .map(change -> Approvals.Approval.of("dev", change)).toList()).write(dir);

        int exitCode = run(before.toString(), after.toString());

        assertThat(exitCode).isZero();
        assertThat(out()).contains("1 change is blocking (1 approved)");
    }

    @Test
    void theReportSaysWhereEachSideCameFrom() throws Exception {
        initRepository();
        commitFile("src/test/resources/snapshots/dev.json", GraphBuilder.devNetwork().json());
        commitFile("Pulumi.dev.yaml", "config: {}\n");
        synthesized.put("dev", GraphBuilder.devNetwork().json());
        String head = gitOutput("rev-parse", "HEAD").strip().substring(0, 12);

        run("--git-ref", "HEAD", "dev");

        assertThat(out()).contains("Before: the snapshots committed at `HEAD` (" + head + ")")
                .contains("After: synthesized now from the working tree at " + head + ": `Pulumi.dev.yaml`.");
    }

    @Test
    void aGraphLeftInTargetSynthByAnotherBranchIsNeverCompared() throws Exception {
        GraphBuilder base = GraphBuilder.devNetwork();
        initRepository();
        commitFile("src/test/resources/snapshots/dev.json", base.json());
        commitFile("Pulumi.dev.yaml", "config: {}\n");
        writeSynth("dev", base.copy().resource("net-stale-0", SUBNET, r -> r.parent("net")).json());
        synthesized.put("dev", base.json());

        run("--git-ref", "HEAD", "dev");

        assertThat(out()).doesNotContain("net-stale-0").contains("| dev | 0 | 0 | 0 | 0 | 0 |");
    }

    @Test
    void withoutStackNamesEveryStackOnEitherSideIsCompared() throws Exception {
        GraphBuilder base = GraphBuilder.devNetwork();
        initRepository();
        commitFile("src/test/resources/snapshots/qa.json", base.json());
        commitFile("Pulumi.dev.yaml", "config: {}\n");
        synthesized.put("dev", base.json());

        int exitCode = run("--git-ref", "HEAD");

        assertThat(err()).isEmpty();
        assertThat(exitCode).isZero();
        int resources = base.build().resources().size();
        assertThat(out()).contains("| dev | " + resources + " | 0 | 0 | 0 | 0 |").contains("| qa | 0 | 0 | 0 | " + resources + " | 0 |");
    }

    @Test
    void aNamedStackWithoutAStackFileIsAnError() throws Exception {
        initRepository();
        commitFile("README.md", "ecs-platform\n");

        int exitCode = run("--git-ref", "HEAD", "prod");

        assertThat(exitCode).isEqualTo(DiffMain.USAGE);
        assertThat(err()).startsWith("diff: Pulumi.prod.yaml does not exist").hasLineCount(1);
    }

    @Test
    void anInvalidStackFileIsReportedInsteadOfADiff() throws Exception {
        initRepository();
        commitFile("Pulumi.dev.yaml", "config:\n  ecs-platform:natGateways: singel\n");

        int exitCode = DiffMain.run(new String[] {"--git-ref", "HEAD", "dev"}, utf8(stdout), utf8(stderr), dir);

        assertThat(exitCode).isEqualTo(DiffMain.USAGE);
        assertThat(err()).startsWith("diff: Pulumi.dev.yaml has the following errors:").contains("ecs-platform:natGateways");
    }

    @Test
    void anUnknownGitRefIsAnErrorRatherThanAnEmptyBaseline() throws Exception {
        initRepository();
        commitFile("README.md", "ecs-platform\n");
        int exitCode = run("--git-ref", "origin/no-such-branch", "dev");

        assertThat(exitCode).isEqualTo(DiffMain.USAGE);
        assertThat(err()).startsWith("diff: unknown git ref 'origin/no-such-branch'").hasLineCount(1);
    }

    @Test
    void aStackNameThatIsNotOneIsRejectedBeforeAnyFileIsRead() {
        assertThat(run("--git-ref", "HEAD", "../../etc/passwd")).isEqualTo(DiffMain.USAGE);
        assertThat(err()).startsWith("diff: not a stack name: ../../etc/passwd;");
    }

    private int run(String... args) {
        return DiffMain.run(args, utf8(stdout), utf8(stderr), dir, (projectDir, stack) -> {
            assertThat(synthesized).as("synth of stack %s", stack).containsKey(stack);
            return synthesized.get(stack);
        });
    }

    private String gitOutput(String... args) throws Exception {
        return new GitRepository(dir).git(args);
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    private static PrintStream utf8(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private void writeSynth(String stack, String json) throws IOException {
        Path file = dir.resolve("target/synth/" + stack + ".json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
    }

    private void initRepository() throws Exception {
        new GitRepository(dir).git("init", "-q");
    }

    private void commitFile(String path, String content) throws Exception {
        new GitRepository(dir).commit(path, content);
    }
}
