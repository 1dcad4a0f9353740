package com.ecsplatform.config;

import com.ecsplatform.testing.ConfigFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ExamplePlaceholdersTest {

    private static List<String> placeholderKeys(Map<String, String> values) {
        return ExamplePlaceholders.find(StackConfigLoader.load(ConfigFixtures.raw(values)), Set.of()).stream()
                .map(ConfigProblem::key).toList();
    }

    @Test
    void everyPlaceholderOfTheProdExampleIsFoundByKey() {
        assertThat(placeholderKeys(ConfigFixtures.prodRaw())).containsExactlyInAnyOrder(
                "ecs-platform:domain.zoneName", "ecs-platform:alarmEmail", "ecs-platform:bastion.allowedCidrs[0]",
                "ecs-platform:service.secrets.DATABASE_PASSWORD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.0/24", "198.51.100.7/32", "203.0.113.128/25"})
    void documentationRangesInTheAllowlistArePlaceholders(String cidr) {
        var values = ConfigFixtures.set(ConfigFixtures.devRaw(), "ecs-platform:bastion.allowedCidrs", List.of("81.2.69.160/32", cidr));

        assertThat(placeholderKeys(values)).contains("ecs-platform:bastion.allowedCidrs[1]")
                .doesNotContain("ecs-platform:bastion.allowedCidrs[0]");
    }

    @Test
    void anImageInTheDocumentationAccountsEcrIsAPlaceholder() {
        var values = ConfigFixtures.set(ConfigFixtures.devRaw(), "ecs-platform:service.image",
                "123456789012.dkr.ecr.ap-northeast-2.amazonaws.com/web:1.0.0");

        assertThat(placeholderKeys(values)).contains("ecs-platform:service.image");
    }

    @Test
    void realValuesAreNotPlaceholders() {
        var values = ConfigFixtures.devRaw();
        ConfigFixtures.set(values, "ecs-platform:domain.zoneName", "examples.com");
        ConfigFixtures.set(values, "ecs-platform:bastion.allowedCidrs", List.of("81.2.69.160/32", "2a00:1450::/32"));
        values.put("ecs-platform:alarmEmail", "oncall@example.company.com");

        assertThat(placeholderKeys(values)).isEmpty();
    }
}
