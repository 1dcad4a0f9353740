package com.ecsplatform.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@code schema/stack-config.schema.json}, the stack-file contract editors and the program validate
 * against, agrees with the README's configuration table and with the committed stack files, and refuses
 * what the program refuses structurally.
 */
class StackConfigSchemaTest {

    private static final Path PROJECT_DIR = Path.of("").toAbsolutePath();
    private static final Path SCHEMA_FILE = PROJECT_DIR.resolve("schema/stack-config.schema.json");
    private static final String MODELINE = "# yaml-language-server: $schema=./schema/stack-config.schema.json";
    /** A row of the README's configuration table: its first cell is the key in backticks. */
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([a-z-]+:[A-Za-z.]+)` \\|", Pattern.MULTILINE);

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNode SCHEMA_TREE = readTree();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SCHEMA_TREE);

    static List<Path> stackFiles() {
        return StackFiles.committed(PROJECT_DIR).stream()
                .map(stack -> PROJECT_DIR.resolve(RawConfig.stackFileName(stack)))
                .toList();
    }

    /** The program validates with the file the README publishes (Maven copies it onto the classpath), not a copy. */
    @Test
    void theProgramValidatesWithThePublishedSchemaFile() throws IOException {
        try (var onClasspath = ConfigSchema.class.getResourceAsStream("/schema/stack-config.schema.json")) {
            assertThat(onClasspath).as("schema/stack-config.schema.json on the classpath").isNotNull();
            assertThat(onClasspath.readAllBytes()).isEqualTo(Files.readAllBytes(SCHEMA_FILE));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stackFiles")
    void aCommittedStackFileSatisfiesTheSchema(Path stackFile) throws IOException {
        assertThat(SCHEMA.validate(Files.readString(stackFile), InputFormat.YAML))
                .as("schema violations in " + stackFile.getFileName())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stackFiles")
    void aCommittedStackFileNamesTheSchemaInItsFirstLine(Path stackFile) throws IOException {
        assertThat(Files.readAllLines(stackFile)).first().isEqualTo(MODELINE);
    }

    @Test
    void theReadmeTableListsExactlyTheKeysOfTheSchema() throws IOException {
        String readme = Files.readString(PROJECT_DIR.resolve("README.md"));
        Set<String> tableKeys = new TreeSet<>();
        Matcher row = TABLE_ROW.matcher(readme.substring(readme.indexOf("\n## Configuration")));
        while (row.find()) {
            tableKeys.add(row.group(1));
        }

        assertThat(tableKeys).isEqualTo(schemaKeys());
    }

    @Test
    void everyKeyOfTheSchemaIsDescribedWithAnExample() {
        List<String> undocumented = new ArrayList<>();
        configProperties().properties().forEach(entry -> checkDocumented(entry.getKey(), entry.getValue(), undocumented));

        assertThat(undocumented).isEmpty();
    }

    /** A {@code default} in the schema is what both profiles get ({@link Defaults}), so the two cannot drift apart. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaDefaults")
    void aDefaultInTheSchemaIsTheProgramsDefaultInEveryProfile(String key, JsonNode schemaDefault) throws Exception {
        for (Profile profile : Profile.values()) {
            JsonNode programDefault = MAPPER.valueToTree(programDefault(Defaults.of(profile), key));
            assertThat(programDefault)
                    .as(key + " in " + profile)
                    .isEqualTo(schemaDefault);
        }
    }

    static List<Arguments> schemaDefaults() {
        List<Arguments> defaults = new ArrayList<>();
        configProperties().properties().forEach(entry -> {
            JsonNode fields = resolve(entry.getValue()).get("properties");
            if (entry.getValue().has("default")) {
                defaults.add(Arguments.of(entry.getKey(), entry.getValue().get("default")));
            }
            if (fields != null) {
                fields.properties().stream()
                        .filter(field -> field.getValue().has("default"))
                        .forEach(field -> defaults.add(Arguments.of(
                                entry.getKey() + "." + field.getKey(), field.getValue().get("default"))));
            }
        });
        return defaults;
    }

    /**
     * The value {@code defaults} holds for {@code key}: {@code ecs-platform:cluster.rootVolumeGiB} is
     * {@code defaults.cluster().rootVolumeGiB()}; a top-level key is a field of {@code defaults.network()}.
     */
    private static Object programDefault(Defaults defaults, String key) throws Exception {
        String path = key.substring(key.indexOf(':') + 1);
        int dot = path.indexOf('.');
        Object section = dot < 0 ? defaults.network() : component(defaults, path.substring(0, dot));
        return component(section, path.substring(dot + 1));
    }

    private static Object component(Object rec, String name) throws Exception {
        for (var component : rec.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                Object value = component.getAccessor().invoke(rec);
                return value instanceof Enum<?> ? value.toString().toLowerCase(Locale.ROOT) : value;
            }
        }
        throw new AssertionError(rec.getClass().getSimpleName() + " has no " + name);
    }

    @Test
    void theSchemaRefusesAnUnknownProjectKey() {
        assertThat(paths(validate("ecs-platform:natGateway: perAz"))).contains("$.config.ecs-platform:natGateway");
    }

    @Test
    void theSchemaRefusesAnUnknownFieldInsideAnObject() {
        assertThat(paths(validate("ecs-platform:cluster:\n    minSise: 1"))).contains("$.config.ecs-platform:cluster.minSise");
    }

    @Test
    void theSchemaRefusesANumberOutOfRange() {
        assertThat(paths(validate("ecs-platform:availabilityZones: 7"))).contains("$.config.ecs-platform:availabilityZones");
    }

    @Test
    void theSchemaAcceptsAnEncryptedValueWhereTheProgramTakesASecret() {
        assertThat(validate("ecs-platform:alarmEmail:\n    secure: AAABAKs0aBc=")).isEmpty();
    }

    @Test
    void theSchemaRefusesAnEncryptedValueWhereASecretWouldLeak() {
        assertThat(paths(validate("ecs-platform:vpcCidr:\n    secure: AAABAKs0aBc="))).contains("$.config.ecs-platform:vpcCidr");
    }

    @Test
    void theSchemaLeavesOtherToolsKeysAlone() {
        assertThat(validate("otherTool:setting: anything")).isEmpty();
    }

    /**
     * The schema and the program refuse the same structural mistakes at the same key, so an editor's
     * warning and the program's message point at one place.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ecs-platform:natGateway: perAz                    | ecs-platform:natGateway",
            "ecs-platform:natGateways: perZone                 | ecs-platform:natGateways",
            "ecs-platform:availabilityZones: 7                 | ecs-platform:availabilityZones",
            "ecs-platform:flowLogRetentionDays: 10             | ecs-platform:flowLogRetentionDays",
            "ecs-platform:cluster:\\n    minSise: 1            | ecs-platform:cluster.minSise",
            "ecs-platform:cluster:\\n    rootVolumeGiB: 20     | ecs-platform:cluster.rootVolumeGiB",
            "ecs-platform:database:\\n    multiAz: maybe       | ecs-platform:database.multiAz",
            "ecs-platform:database:\\n    engine: oracle       | ecs-platform:database.engine",
            "ecs-platform:vpcCidr:\\n    secure: AAABAKs0aBc=  | ecs-platform:vpcCidr",
    })
    void theSchemaRefusesEveryKeyTheProgramRefuses(String extraConfigLines, String key, @TempDir Path projectDir)
            throws IOException {
        String lines = extraConfigLines.replace("\\n", "\n");
        Files.writeString(projectDir.resolve("Pulumi.dev.yaml"), stackFile(lines));

        var refused = catchThrowableOfType(
                () -> StackConfigLoader.load(RawConfig.fromStackFile(projectDir, "dev")), ConfigException.class);

        assertThat(refused).as("the program's problems").isNotNull();
        assertThat(refused.problems()).extracting(ConfigProblem::key).contains(key);
        assertThat(paths(validate(lines))).contains("$.config." + key);
    }

    /** Validates a stack file holding the required keys and {@code extraConfigLines} (indented two spaces). */
    private static Set<ValidationMessage> validate(String extraConfigLines) {
        return SCHEMA.validate(stackFile(extraConfigLines), InputFormat.YAML);
    }

    /** A dev stack file with the required keys, the bastion off, and {@code extraConfigLines} (indented two spaces). */
    private static String stackFile(String extraConfigLines) {
        return """
                config:
                  aws:region: ap-northeast-2
                  ecs-platform:profile: dev
                  ecs-platform:sshPublicKey: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHeML+7YkSStl1mpmZ7Wz/D3PPy6ZHCRoND2iGe/7kCC a@b
                  ecs-platform:bastion:
                    enabled: false
                  ecs-platform:service:
                    image: nginx:1.27
                """ + "  " + extraConfigLines + "\n";
    }

    /**
     * Where each problem is: the instance location, and for an unknown property the property's own path,
     * as networknt reports {@code additionalProperties} at the enclosing object.
     */
    private static Set<String> paths(Set<ValidationMessage> messages) {
        return messages.stream()
                .map(message -> message.getProperty() == null
                        ? message.getInstanceLocation().toString()
                        : message.getInstanceLocation() + "." + message.getProperty())
                .collect(Collectors.toSet());
    }

    private static void checkDocumented(String key, JsonNode property, List<String> undocumented) {
        if (!property.hasNonNull("description")) {
            undocumented.add(key + ": description");
        }
        JsonNode shape = resolve(property.has("anyOf") ? property.get("anyOf").get(0) : property);
        if (shape.has("properties")) {
            shape.get("properties").properties().forEach(field -> checkDocumented(key + "." + field.getKey(), field.getValue(), undocumented));
        } else if (!shape.hasNonNull("examples")) {
            undocumented.add(key + ": examples");
        }
    }

    /** Every key of the schema, with the fields of object keys as {@code key.field}, as the README writes them. */
    private static Set<String> schemaKeys() {
        Set<String> keys = new TreeSet<>();
        configProperties().properties().forEach(entry -> {
            JsonNode fields = resolve(entry.getValue()).get("properties");
            JsonNode entries = entry.getValue().get("additionalProperties");
            if (entries != null && entries.has("properties")) {
                // A map of objects (ecs-platform:services): the key, and the fields its entries add, as key.NAME.field.
                keys.add(entry.getKey());
                entries.get("properties").fieldNames().forEachRemaining(field -> keys.add(entry.getKey() + ".NAME." + field));
            } else if (fields == null) {
                keys.add(entry.getKey());
            } else {
                fields.fieldNames().forEachRemaining(field -> keys.add(entry.getKey() + "." + field));
            }
        });
        return keys;
    }

    /** {@code property}, or the definition its {@code $ref} names ({@code #/$defs/service}). */
    private static JsonNode resolve(JsonNode property) {
        return property.has("$ref") ? SCHEMA_TREE.at(property.get("$ref").asText().substring(1)) : property;
    }

    private static JsonNode configProperties() {
        return SCHEMA_TREE.get("properties").get("config").get("properties");
    }

    private static JsonNode readTree() {
        try {
            return MAPPER.readTree(SCHEMA_FILE.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
