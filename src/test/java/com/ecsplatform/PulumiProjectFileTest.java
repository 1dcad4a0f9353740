package com.ecsplatform;

import com.ecsplatform.config.RawConfig;
import com.ecsplatform.config.StackFiles;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Pulumi.yaml} and the committed {@code Pulumi.<stack>.yaml} files are ones the real Pulumi CLI accepts.
 *
 * <p>{@code src/test/resources/pulumi/project.schema.json} is a verbatim copy of the project-file schema the CLI
 * embeds and checks every {@code Pulumi.yaml} against: pulumi/pulumi {@code sdk/go/common/workspace/project.json},
 * JSON Schema draft 2020-12. Replace the copy, never edit it, when the CLI moves on. The few rules the CLI applies
 * after the schema ({@code Project.Validate()} in {@code project.go}) and the top-level keys of a stack settings
 * file ({@code ProjectStack} in the same package) are not in the schema, so they are asserted here by hand.
 */
class PulumiProjectFileTest {

    private static final Path PROJECT_DIR = Path.of("").toAbsolutePath();
    private static final Set<String> STACK_FILE_KEYS =
            Set.of("secretsprovider", "encryptedkey", "encryptionsalt", "config", "environment");
    private static final JsonSchema PROJECT_SCHEMA = projectSchema();

    @Test
    void pulumiYamlMatchesTheCliProjectSchema() {
        assertThat(PROJECT_SCHEMA.validate(read(PROJECT_DIR.resolve("Pulumi.yaml")), InputFormat.YAML))
                .as("schema violations in Pulumi.yaml")
                .isEmpty();
    }

    @Test
    void theSchemaRejectsANumericRuntime() {
        assertThat(PROJECT_SCHEMA.validate("name: ecs-platform\nruntime: 17\n", InputFormat.YAML))
                .as("runtime: 17")
                .isNotEmpty();
    }

    @Test
    void theSchemaRejectsAMisspeltRuntimeProperty() {
        assertThat(PROJECT_SCHEMA.validate("name: ecs-platform\nruntime:\n  nmae: java\n", InputFormat.YAML))
                .as("runtime: {nmae: java}")
                .isNotEmpty();
    }

    @Test
    void pulumiYamlNamesTheEcsPlatformProject() {
        Map<String, Object> project = yaml(PROJECT_DIR.resolve("Pulumi.yaml"));

        assertThat(project.get("name")).isEqualTo("ecs-platform");
    }

    @Test
    void pulumiYamlNamesTheJavaRuntime() {
        Map<String, Object> project = yaml(PROJECT_DIR.resolve("Pulumi.yaml"));

        Object runtime = project.get("runtime");
        assertThat(runtime instanceof Map<?, ?> runtimeObject ? runtimeObject.get("name") : runtime)
                .as("runtime, or runtime.name")
                .isEqualTo("java");
    }

    @Test
    void pulumiYamlConfigFollowsTheRulesTheCliAppliesAfterTheSchema() {
        assertThat(configProblems(yaml(PROJECT_DIR.resolve("Pulumi.yaml")))).isEmpty();
    }

    @Test
    void theConfigRulesRejectEveryMisdeclaredKey() {
        Map<String, Object> project = new Yaml().load("""
                name: ecs-platform
                config:
                  aws:region:
                    type: string
                    default: ap-northeast-2
                  ecs-platform:profile:
                    default: dev
                    value: prod
                """);

        assertThat(configProblems(project)).containsExactlyInAnyOrder(
                "aws:region: a key outside the project namespace must not declare a type",
                "aws:region: a key outside the project namespace must not declare a default",
                "aws:region: a key outside the project namespace must provide a value",
                "ecs-platform:profile: must not have both a default and a value");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stackFiles")
    void aStackFileHasOnlyStackSettingsKeys(Path stackFile) {
        Map<String, Object> settings = yaml(stackFile);

        assertThat(settings.keySet()).as("top-level keys").isSubsetOf(STACK_FILE_KEYS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stackFiles")
    void aStackFilesConfigKeysAreNamespaced(Path stackFile) {
        Map<String, Object> settings = yaml(stackFile);

        assertThat(asMap(settings.getOrDefault("config", Map.of())).keySet())
                .as("config keys")
                .allMatch(key -> key.matches("[^:]+:[^:]+"), "are <namespace>:<key>");
    }

    /** What {@code Project.Validate()} rejects in a {@code config:} block, one message per problem. */
    private static List<String> configProblems(Map<String, Object> project) {
        if (!(project.get("config") instanceof Map<?, ?> config)) {
            return List.of(); // none, or the deprecated stack-directory string, which the schema covers
        }
        String projectName = (String) project.get("name");
        List<String> problems = new ArrayList<>();
        config.forEach((key, entry) -> {
            if (!(entry instanceof Map<?, ?> declaration)) {
                return; // shorthand: the CLI reads it as a project key's default or another namespace's value
            }
            boolean inProject = !key.toString().contains(":") || key.toString().startsWith(projectName + ":");
            if (declaration.get("default") != null && declaration.get("value") != null) {
                problems.add(key + ": must not have both a default and a value");
            }
            if (!inProject) {
                if (declaration.get("type") != null) {
                    problems.add(key + ": a key outside the project namespace must not declare a type");
                }
                if (declaration.get("default") != null) {
                    problems.add(key + ": a key outside the project namespace must not declare a default");
                }
                if (declaration.get("value") == null) {
                    problems.add(key + ": a key outside the project namespace must provide a value");
                }
            }
        });
        return problems;
    }

    static List<Path> stackFiles() {
        return StackFiles.committed(PROJECT_DIR).stream().map(stack -> PROJECT_DIR.resolve(RawConfig.stackFileName(stack))).toList();
    }

    private static JsonSchema projectSchema() {
        try (InputStream schema = PulumiProjectFileTest.class.getResourceAsStream("/pulumi/project.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> yaml(Path file) {
        return asMap(new Yaml().load(read(file)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
