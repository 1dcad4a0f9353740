package com.ecsplatform;

import com.ecsplatform.config.StackConfigLoader;
import com.ecsplatform.synth.Synthesizer;
import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.EngineLog;
import com.ecsplatform.testing.ServiceFixtures;
import com.pulumi.core.Output;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.spy;

/** In a real run, the secrets the tasks read must live in the deploying account and the stack's region. */
class AccountCheckedLookupsTest {

    private static final String ACCOUNT = "111122223333";

    private static void synthesizeInAccount(Map<String, String> values) {
        var config = StackConfigLoader.load(ConfigFixtures.raw(values));
        var aws = spy(new AwsLookups());
        doReturn(Output.of(ACCOUNT)).when(aws).accountId();
        // A refused secret fails the program, which the engine also logs; the exception carries the message.
        EngineLog.capture(() -> Synthesizer.synthesize(config, new AccountCheckedLookups(aws, config)));
    }

    private static Map<String, String> prodWithSecret(String arn) {
        return ConfigFixtures.set(ConfigFixtures.prodRaw(), "ecs-platform:service.secrets", Map.of("DATABASE_PASSWORD", arn));
    }

    @Test
    void aSecretWhereTheStackDeploysPasses() {
        assertThatCode(() -> synthesizeInAccount(prodWithSecret(
                "arn:aws:ssm:ap-northeast-2:" + ACCOUNT + ":parameter/ecs-platform/prod/db-password"))).doesNotThrowAnyException();
    }

    @Test
    void aSecretInAnotherAccountStopsTheRunSayingWhereItLives() {
        assertThatThrownBy(() -> synthesizeInAccount(ConfigFixtures.prodRaw()))
                .hasMessageContaining("ecs-platform:service.secrets.DATABASE_PASSWORD: lives in account 123456789012"
                        + " (deploying to " + ACCOUNT + ")");
    }

    @Test
    void aRoutedServicesSecretInAnotherAccountStopsTheRunNamingItsKey() {
        var values = ServiceFixtures.withApi(prodWithSecret("arn:aws:ssm:ap-northeast-2:" + ACCOUNT + ":parameter/ecs-platform/prod/db-password"));

        assertThatThrownBy(() -> synthesizeInAccount(values))
                .hasMessageContaining("ecs-platform:services.api.secrets.API_KEY: lives in account 123456789012");
    }

    @Test
    void aSecretInAnotherRegionStopsTheRunNamingBothRegions() {
        assertThatThrownBy(() -> synthesizeInAccount(prodWithSecret(
                "arn:aws:secretsmanager:eu-west-1:" + ACCOUNT + ":secret:db-password-AbCdEf")))
                .hasMessageContaining("lives in region eu-west-1 (aws:region is ap-northeast-2)");
    }
}
