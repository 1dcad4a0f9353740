package com.ecsplatform.config;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ecs-platform:services} in the stack-file schema: the shape editors check as a file is typed. */
class ServicesSchemaTest {

    private static final JsonSchema SCHEMA = load();

    private static JsonSchema load() {
        try {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(Files.readString(Path.of("schema/stack-config.schema.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A dev stack file with the required keys and {@code serviceLines} (indented two spaces). */
    private static Set<ValidationMessage> validate(String serviceLines) {
        return SCHEMA.validate("""
                config:
                  aws:region: ap-northeast-2
                  ecs-platform:profile: dev
                  ecs-platform:sshPublicKey: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHeML+7YkSStl1mpmZ7Wz/D3PPy6ZHCRoND2iGe/7kCC a@b
                """ + serviceLines.indent(2), InputFormat.YAML);
    }

    private static final String WEB = """
            ecs-platform:services:
              web:
                image: nginx:1.27
            """;

    @Test
    void aDefaultAndARoutedServiceAreValid() {
        assertThat(validate(WEB + """
                  api:
                    image: nginx:1.27
                    database: false
                    routing:
                      priority: 10
                      pathPatterns: [/api/*]
                """)).isEmpty();
    }

    @Test
    void anUnknownFieldInAServiceIsRefused() {
        assertThat(validate(WEB + "    imagePullPolicy: always\n")).isNotEmpty();
    }

    @Test
    void aPathPatternWithoutALeadingSlashIsRefused() {
        assertThat(validate(WEB + """
                  api:
                    image: nginx:1.27
                    routing:
                      priority: 10
                      pathPatterns: [api]
                """)).isNotEmpty();
    }

    @Test
    void aServiceNameThatIsNotDnsLabelLikeIsRefused() {
        assertThat(validate("""
                ecs-platform:services:
                  Web_App:
                    image: nginx:1.27
                """)).isNotEmpty();
    }

    @Test
    void theLegacyServiceKeyAloneIsValid() {
        assertThat(validate("""
                ecs-platform:service:
                  image: nginx:1.27
                """)).isEmpty();
    }

    @Test
    void theLegacyServiceKeyRefusesRouting() {
        assertThat(validate("""
                ecs-platform:service:
                  image: nginx:1.27
                  routing:
                    priority: 1
                    pathPatterns: [/x]
                """)).isNotEmpty();
    }

    @Test
    void settingBothServiceAndServicesIsRefused() {
        assertThat(validate(WEB + """
                ecs-platform:service:
                  image: nginx:1.27
                """)).isNotEmpty();
    }

    @Test
    void aStackFileWithoutAnyServiceIsRefused() {
        assertThat(validate("")).isNotEmpty();
    }
}
