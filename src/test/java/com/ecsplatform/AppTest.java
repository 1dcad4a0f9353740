package com.ecsplatform;

import com.ecsplatform.config.StackConfig;
import com.ecsplatform.config.StackConfigLoader;
import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.ServiceFixtures;
import com.google.gson.Gson;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What `pulumi up` gets from the program's real entry point before any resource exists. */
class AppTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<StackConfig> deployed = new ArrayList<>();

    /** Runs the entry point as the engine starts it: the stack's config as JSON in the environment. */
    private int run(String stack, Map<String, String> values) {
        var environment = Map.of(
                "PULUMI_PROJECT", App.PROJECT,
                "PULUMI_STACK", stack,
                "PULUMI_DRY_RUN", "true",
                "PULUMI_MONITOR", "127.0.0.1:1",
                "PULUMI_ENGINE", "127.0.0.1:2",
                "PULUMI_CONFIG", new Gson().toJson(values),
                "PULUMI_CONFIG_SECRET_KEYS", "[\"ecs-platform:sshPublicKey\"]");
        return App.run(environment, new PrintStream(err, true, StandardCharsets.UTF_8), deployed::add);
    }

    private String printed() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The dev fixture with every placeholder replaced by a value a real account could hold, in the services form. */
    private static Map<String, String> deployableDev() {
        return ServiceFixtures.converted(deployableLegacyDev());
    }

    /** {@link #deployableDev()} with the legacy {@code ecs-platform:service} key. */
    private static Map<String, String> deployableLegacyDev() {
        var values = ConfigFixtures.devRaw();
        ConfigFixtures.set(values, "ecs-platform:domain.zoneName", "platform.acme-corp.io");
        ConfigFixtures.set(values, "ecs-platform:bastion.allowedCidrs", List.of("81.2.69.160/32"));
        return values;
    }

    @Test
    void theEnginesConfigIsDeployedAsTheSameRecordAsTheStackFile() {
        var values = deployableDev();

        assertThat(run("dev", values)).isZero();

        assertThat(deployed).containsExactly(StackConfigLoader.load(
                ConfigFixtures.raw("dev", values, Set.of("ecs-platform:sshPublicKey"))));
        assertThat(printed()).isEmpty();
    }

    @Test
    void aStackFileWithTheLegacyServiceKeyDeploysWithANoticePointingToServices() {
        assertThat(run("dev", deployableLegacyDev())).isZero();

        assertThat(printed()).startsWith("notice: Pulumi.dev.yaml: ecs-platform:service").contains("ecs-platform:services");
    }

    @Test
    void aKeyTheEngineMarksSecretIsDeployedAsASecret() {
        assertThat(run("dev", deployableDev())).isZero();

        assertThat(deployed.get(0).secrets().sshPublicKey()).isTrue();
    }

    @Test
    void badConfigFromTheEngineIsReportedAllAtOnceWithoutAStackTraceOrTheSecretValue() {
        var values = deployableDev();
        ConfigFixtures.set(values, "ecs-platform:cluster.minSize", 3);
        values.put("ecs-platform:sshPublicKey", "-----BEGIN OPENSSH PRIVATE KEY----- b3BlbnNzaC1rZXktdjEAAAAA");
        values.put("ecs-platform:natGateway", "single");

        assertThat(run("dev", values)).isEqualTo(1);

        assertThat(deployed).isEmpty();
        assertThat(printed()).startsWith("Pulumi.dev.yaml has the following errors:")
                .contains("ecs-platform:cluster.minSize", "ecs-platform:sshPublicKey", "did you mean ecs-platform:natGateways")
                .doesNotContain("b3BlbnNzaC1rZXktdjEAAAAA", "Exception", "\tat ");
    }

    @Test
    void theProdExamplesPlaceholdersAreRefusedBeforeAnythingIsDeployed() {
        assertThat(run("prod", ConfigFixtures.prodRaw())).isEqualTo(1);

        assertThat(deployed).isEmpty();
        assertThat(printed())
                .startsWith("Pulumi.prod.yaml has the following errors:")
                .contains("ecs-platform:domain.zoneName: \"example.com\" is a documentation name: set the public Route 53 hosted zone you own")
                .contains("ecs-platform:alarmEmail: \"oncall@example.com\" is a documentation address")
                .contains("ecs-platform:bastion.allowedCidrs[0]: \"198.51.100.0/24\" is a documentation range")
                .contains("ecs-platform:service.secrets.DATABASE_PASSWORD: names the documentation account 123456789012")
                .contains("README.md, \"Before your first deploy\"")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void aPlaceholderInASecretKeyIsNamedWithoutItsValue() {
        var values = deployableDev();
        values.put("ecs-platform:alarmEmail", "pager@example.org");
        var environment = Map.of(
                "PULUMI_STACK", "dev",
                "PULUMI_CONFIG", new Gson().toJson(values),
                "PULUMI_CONFIG_SECRET_KEYS", "[\"ecs-platform:alarmEmail\"]");

        assertThat(App.run(environment, new PrintStream(err, true, StandardCharsets.UTF_8), deployed::add)).isEqualTo(1);

        assertThat(printed()).contains("ecs-platform:alarmEmail: [secret] is a documentation address").doesNotContain("pager@");
    }
}
