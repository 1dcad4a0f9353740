package com.ecsplatform.config;

import com.ecsplatform.testing.ConfigFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed stack files at the repository root (Maven runs tests there). */
@DisplayName("committed stack files")
class StackFilesTest {

    private static final Path REPOSITORY_ROOT = Path.of("");

    @Test
    void devStackFileLoadsWithoutProblems() {
        StackConfig dev = StackConfigLoader.load(RawConfig.fromStackFile(REPOSITORY_ROOT, "dev"));

        assertThat(dev.profile()).isEqualTo(Profile.DEV);
    }

    @Test
    void prodStackFileLoadsWithoutProblems() {
        StackConfig prod = StackConfigLoader.load(RawConfig.fromStackFile(REPOSITORY_ROOT, "prod"));

        assertThat(prod.profile()).isEqualTo(Profile.PROD);
    }

    @Test
    void devStackFileHoldsExactlyTheDevFixture() {
        RawConfig raw = RawConfig.fromStackFile(REPOSITORY_ROOT, "dev");

        assertThat(raw.values()).isEqualTo(ConfigFixtures.devRaw());
        assertThat(StackConfigLoader.load(raw)).isEqualTo(ConfigFixtures.dev());
    }

    @Test
    void prodStackFileHoldsExactlyTheProdFixture() {
        RawConfig raw = RawConfig.fromStackFile(REPOSITORY_ROOT, "prod");

        assertThat(raw.values()).isEqualTo(ConfigFixtures.prodRaw());
        assertThat(StackConfigLoader.load(raw)).isEqualTo(ConfigFixtures.prod());
    }
}
