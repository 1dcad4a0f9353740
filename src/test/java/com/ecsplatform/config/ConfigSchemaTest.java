package com.ecsplatform.config;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.ecsplatform.testing.ConfigFixtures.dev;
import static com.ecsplatform.testing.ConfigFixtures.devRaw;
import static com.ecsplatform.testing.ConfigFixtures.fields;
import static com.ecsplatform.testing.ConfigFixtures.json;
import static com.ecsplatform.testing.ConfigFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;

/** The engine's strings become the types the schema declares, so the engine's form loads like the stack file's. */
@DisplayName("ConfigSchema coercion")
class ConfigSchemaTest {

    private static JsonNode coerce(String key, String json) throws Exception {
        return ConfigSchema.coerce(ConfigSchema.JSON.readTree(json), ConfigSchema.key(key));
    }

    @Test
    void aNumberWrittenAsTextBecomesAnInteger() throws Exception {
        assertThat(coerce("ecs-platform:availabilityZones", "\"3\"")).isEqualTo(ConfigSchema.JSON.readTree("3"));
    }

    @Test
    void aFieldWrittenAsTextInsideAnObjectIsTypedToo() throws Exception {
        assertThat(coerce("ecs-platform:cluster", "{\"minSize\": \"0\", \"instanceType\": \"t3.small\"}"))
                .isEqualTo(ConfigSchema.JSON.readTree("{\"minSize\": 0, \"instanceType\": \"t3.small\"}"));
    }

    @Test
    void aBooleanWrittenAsTextBecomesABoolean() throws Exception {
        assertThat(coerce("ecs-platform:bastion", "{\"enabled\": \"false\"}")).isEqualTo(ConfigSchema.JSON.readTree("{\"enabled\": false}"));
    }

    @Test
    void aWholeNumberWithAFractionOfZeroIsAnInteger() throws Exception {
        assertThat(coerce("ecs-platform:service", "{\"memory\": 512.0}").get("memory").isIntegralNumber()).isTrue();
    }

    @Test
    void aNumberWhereTheSchemaWantsTextIsTakenAsWritten() throws Exception {
        assertThat(coerce("ecs-platform:service", "{\"environment\": {\"PORT\": 8080}, \"image\": 1}"))
                .isEqualTo(ConfigSchema.JSON.readTree("{\"environment\": {\"PORT\": 8080}, \"image\": \"1\"}"));
    }

    @Test
    void textThatIsNotANumberStaysTextForTheSchemaToRefuse() throws Exception {
        assertThat(coerce("ecs-platform:availabilityZones", "\"lots\"")).isEqualTo(ConfigSchema.JSON.readTree("\"lots\""));
    }

    @Test
    void theEnginesStringsLoadLikeTheStackFilesNumbersAndBooleans() {
        Map<String, String> engine = devRaw();
        set(engine, "ecs-platform:cluster", fields("instanceType", "t3.small", "minSize", "0", "maxSize", "2",
                "desiredCapacity", "1", "rootVolumeGiB", "30", "targetCapacityPercent", "100"));
        set(engine, "ecs-platform:bastion", fields("enabled", "true", "instanceType", "t3.micro",
                "allowedCidrs", List.of("203.0.113.0/24")));

        assertThat(engine.get("ecs-platform:cluster")).as("the engine's form").contains("\"minSize\":\"0\"");
        RawConfig raw = RawConfig.fromEnvironment(Map.of("PULUMI_STACK", "dev", "PULUMI_CONFIG", json(engine)));

        assertThat(StackConfigLoader.load(raw)).isEqualTo(dev());
    }
}
