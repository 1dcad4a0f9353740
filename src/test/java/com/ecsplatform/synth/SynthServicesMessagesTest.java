package com.ecsplatform.synth;

import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.ServiceFixtures;
import com.ecsplatform.testing.StackFileFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the synth says about services without refusing the stack: the legacy key, and tasks the cluster cannot place. */
class SynthServicesMessagesTest {

    @TempDir
    Path project;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int synth(Map<String, String> values) throws IOException {
        StackFileFixtures.write(project, "dev", StackFileFixtures.document(values));
        return SynthMain.run(new String[] {"dev"}, project, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theLegacyServiceKeySynthesizesWithANoticePointingToServices() throws IOException {
        assertThat(synth(ConfigFixtures.devRaw())).isZero();

        assertThat(errors()).contains("notice: Pulumi.dev.yaml: ecs-platform:service: is read as ecs-platform:services");
    }

    @Test
    void aStackFileWithServicesGetsNoNotice() throws IOException {
        assertThat(synth(ServiceFixtures.converted(ConfigFixtures.devRaw()))).isZero();

        assertThat(errors()).doesNotContain("notice:");
    }

    @Test
    void minimumTasksTheClusterCannotPlaceSynthesizeWithAWarning() throws IOException {
        var values = ServiceFixtures.withApi(ConfigFixtures.devRaw());
        ConfigFixtures.set(values, "ecs-platform:services.api.minCount", 12);
        ConfigFixtures.set(values, "ecs-platform:services.api.desiredCount", 12);
        ConfigFixtures.set(values, "ecs-platform:services.api.maxCount", 12);

        assertThat(synth(values)).isZero();

        assertThat(errors()).contains("warning: Pulumi.dev.yaml: ecs-platform:cluster.maxSize: the services' minimum tasks");
    }
}
