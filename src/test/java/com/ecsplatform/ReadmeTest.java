package com.ecsplatform;

import com.ecsplatform.config.BastionConfig;
import com.ecsplatform.config.ClusterConfig;
import com.ecsplatform.config.DatabaseTierConfig;
import com.ecsplatform.config.DomainConfig;
import com.ecsplatform.config.NetworkConfig;
import com.ecsplatform.config.Profile;
import com.ecsplatform.config.ServiceConfig;
import com.ecsplatform.policy.OperationalPolicy;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The README is the program's manual: it must name every config key and the numbers the code uses. */
class ReadmeTest {

    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"));
    }

    @Test
    void everyConfigKeyHasARowInTheConfigurationTable() throws IOException {
        var keys = new ArrayList<String>(List.of("aws:region", "ecs-platform:profile", "ecs-platform:sshPublicKey",
                "ecs-platform:tags", "ecs-platform:alarmEmail"));
        keys.addAll(fields("ecs-platform:", NetworkConfig.class));
        Map.of("bastion", BastionConfig.class, "database", DatabaseTierConfig.class, "cluster", ClusterConfig.class,
                "domain", DomainConfig.class)
                .forEach((object, type) -> keys.addAll(fields("ecs-platform:" + object + ".", type)));
        // A service's fields are rows of the legacy key, whose definition each entry of services shares.
        keys.addAll(fields("ecs-platform:service.", ServiceConfig.class));
        keys.add("ecs-platform:services");

        String readme = readme();
        assertThat(keys).allSatisfy(key -> assertThat(readme).as("README row for %s", key).contains("| `" + key + "` |"));
    }

    @Test
    void theReadmeDocumentsTheBuildsCommands() throws IOException {
        assertThat(readme()).contains("mvn -B verify", "mvn -B -q compile exec:java@synth -Dstack=dev",
                "mvn -B -q compile exec:java@snapshots");
    }

    @Test
    void ciRunsTheVerifyTheReadmeDocuments() throws IOException {
        assertThat(Files.readString(Path.of(".ci/run"))).contains("mvn -B -ntp verify");
    }

    @Test
    void theDeployTimingTableShowsTheNumbersTheCodeUses() throws IOException {
        String readme = readme();
        for (var profile : Profile.values()) {
            var timing = OperationalPolicy.of(profile).timing();
            assertThat(readme).as(profile.name())
                    .contains(timing.healthyThreshold() + " × " + timing.intervalSeconds() + " = **" + timing.secondsToHealthy() + " s**")
                    .contains(timing.unhealthyThreshold() + " × " + timing.intervalSeconds() + " = **" + timing.secondsToDetectFailure() + " s**")
                    .contains("**" + timing.deregistrationDelaySeconds() + " s**")
                    .contains("**" + timing.deployFloorSeconds() + " s**");
        }
    }

    private static List<String> fields(String prefix, Class<? extends Record> type) {
        var names = new ArrayList<String>();
        for (RecordComponent component : type.getRecordComponents()) {
            names.add(prefix + component.getName());
        }
        return names;
    }
}
