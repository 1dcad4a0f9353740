package com.ecsplatform.synth;

import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.StackFileFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** CI learns the stacks, their profiles and regions from the stack files, so a new file needs no workflow edit. */
class StackListTest {

    private static final Pattern STACK_NAME_USE = Pattern.compile("stack-name:\\s*(.*)");
    private static final Pattern REGION_USE = Pattern.compile("aws-region:\\s*(.*)");

    @TempDir
    Path project;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private String run(String format) {
        int status = StackList.run(new String[] {format}, project, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void githubOutputsGroupTheStacksByProfileWithTheirRegions() throws IOException {
        StackFileFixtures.write(project, "dev", StackFileFixtures.document(ConfigFixtures.devRaw()));
        StackFileFixtures.write(project, "prod", StackFileFixtures.document(ConfigFixtures.prodRaw()));
        StackFileFixtures.write(project, "staging", StackFileFixtures.document(
                ConfigFixtures.set(ConfigFixtures.devRaw(), "aws:region", "eu-west-1")));

        assertThat(run("github").lines()).containsExactly(
                "all=[{\"stack\":\"dev\",\"profile\":\"dev\",\"region\":\"ap-northeast-2\"},"
                        + "{\"stack\":\"prod\",\"profile\":\"prod\",\"region\":\"ap-northeast-2\"},"
                        + "{\"stack\":\"staging\",\"profile\":\"dev\",\"region\":\"eu-west-1\"}]",
                "dev=[{\"stack\":\"dev\",\"profile\":\"dev\",\"region\":\"ap-northeast-2\"},"
                        + "{\"stack\":\"staging\",\"profile\":\"dev\",\"region\":\"eu-west-1\"}]",
                "prod=[{\"stack\":\"prod\",\"profile\":\"prod\",\"region\":\"ap-northeast-2\"}]");
    }

    @Test
    void namesListsOneStackPerLine() throws IOException {
        StackFileFixtures.write(project, "dev", StackFileFixtures.document(ConfigFixtures.devRaw()));
        StackFileFixtures.write(project, "qa", StackFileFixtures.document(ConfigFixtures.devRaw()));

        assertThat(run("names").lines()).containsExactly("dev", "qa");
    }

    @Test
    void workflowsTakeEveryStackCoordinateFromTheDiscoveredMatrix() throws IOException {
        try (Stream<Path> workflows = Files.list(Path.of(".github", "workflows"))) {
            for (Path workflow : workflows.toList()) {
                String text = Files.readString(workflow);
                for (Pattern use : List.of(STACK_NAME_USE, REGION_USE)) {
                    var matcher = use.matcher(text);
                    while (matcher.find()) {
                        assertThat(matcher.group(1)).as("%s: %s", workflow, matcher.group()).contains("matrix.");
                    }
                }
            }
        }
    }
}
