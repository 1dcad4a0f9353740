package com.ecsplatform.config;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static com.ecsplatform.config.ConfigAssertions.assertOnlyProblem;
import static com.ecsplatform.testing.ConfigFixtures.DEV_SSH_PUBLIC_KEY;
import static com.ecsplatform.testing.ConfigFixtures.devRaw;
import static com.ecsplatform.testing.ConfigFixtures.raw;
import static com.ecsplatform.testing.ConfigFixtures.remove;
import static com.ecsplatform.testing.ConfigFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@DisplayName("ecs-platform:sshPublicKey")
class SshPublicKeyTest {

    private static final String KEY = "ecs-platform:sshPublicKey";
    private static final String ED25519_DATA = DEV_SSH_PUBLIC_KEY.split(" ")[1];

    private static final String RSA_3072 = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQCzkJSU0QA+3hDxQe4ShIZ3+0aJTiESOUxMCGoqWh3kpLuWZubWEdZx0wBRiQsv"
            + "+Dp95wFIG4V7+rfRl+e4lLOQQN4JS3KcaJoVjCHAWn0M+52SmV+0su1rwKqF53xIu85ZVhTljeg9QxfZ+vTkyRXKZlUwn32Iof9+"
            + "vTHvhz26+bTW6rEU+NbSgVsX9A/30MZ4C1KXxYyM9czGvZlFYakJa7vTSwCr+zyvjdaPPDz9IWNHFwVwtz47cT7OWU4Ay8+NXSsd"
            + "3wUJ43hydPasXQkeIFUR+fEnywUzmCrROdeOUd9e5PA/8bKeVou1oYNbM1dUJXwdYzlrsx9UN4S6w9t3G10Nzu+KVJPjuMkjkfHD"
            + "wUHANVaLbsxddxbqQywqxdkzS7CUkCvPCPU0WdjBvE4qU/7iXWgu9hnccvP7cI37JN4Xg5aOCnVd+7PLHuaq+Ltmb5ialbWhRb6O"
            + "o2ob2HDIk30HOyo7GqhJi4meKQAkOIOYJ6s98O47SLjDAJJJzds= ops@ecs-platform";
    private static final String ECDSA_384 = "ecdsa-sha2-nistp384 AAAAE2VjZHNhLXNoYTItbmlzdHAzODQAAAAIbmlzdHAzODQAAABhBOhW+X/gaQlthWzXrT24oTK581c0"
            + "DS8H3+2FzuyzvEuFxcdO+nlACPVHYYkngL8jbvmTY3p+uvhMDkQcqR+214Fw1fV8TqV/e0cPh3MnZ2m55V0055esn/z17aABLGd6"
            + "qA== ecdsa@ecs-platform";
    private static final String RSA_1024 = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDKH0z7K010uKdMiG1JqL+QD+eyn+uG5+hgsOlqammv3wJZh6seziiBuQb0R/6t"
            + "84CH2t+mCleyZkFgpOULFz4bHHVXxWzdApI7JVwIEu4sD2GpEepp//jnVkt8k3jiI6vcV3QEpuoO4xcIufabyKn8/cEuTt03nQr5"
            + "g7x1atym6w== weak";

    /** Fake material ("FakeKeyMaterialNotARealKeyJustATest"). */
    private static final String PRIVATE_KEY_MATERIAL = "RmFrZUtleU1hdGVyaWFsTm90QVJlYWxLZXlKdXN0QVRlc3Q";
    /** The armour lines are split so that secret scanners do not flag this file. */
    private static final String PRIVATE_KEY = "-----BEGIN " + "OPENSSH PRIVATE KEY-----\n"
            + "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
            + PRIVATE_KEY_MATERIAL + "\n"
            + "-----END " + "OPENSSH PRIVATE KEY-----\n";

    static Stream<String> supportedKeys() {
        return Stream.of(DEV_SSH_PUBLIC_KEY, RSA_3072);
    }

    @ParameterizedTest
    @MethodSource("supportedKeys")
    void acceptsKeyTypesEc2CanImport(String key) {
        assertThat(StackConfigLoader.load(raw(set(devRaw(), KEY, key))).sshPublicKey()).isEqualTo(key);
    }

    @Test
    void rejectsEcdsaKeyBecauseEc2CannotImportIt() {
        var problem = assertOnlyProblem(set(devRaw(), KEY, ECDSA_384), KEY, "ECDSA", "ssh-ed25519");

        assertThat(problem.message()).doesNotContain(ECDSA_384.split(" ")[1]);
    }

    @Test
    void acceptsABareKeyWithSurroundingWhitespaceStripped() {
        String bare = "ssh-ed25519 " + ED25519_DATA;

        assertThat(StackConfigLoader.load(raw(set(devRaw(), KEY, "  " + bare + "\n"))).sshPublicKey()).isEqualTo(bare);
    }

    @Test
    void rejectsPrivateKeyWithoutEchoingIt() {
        var values = set(devRaw(), KEY, PRIVATE_KEY);

        assertOnlyProblem(values, KEY,
                "looks like a private key; paste the .pub file's single line instead — the value is not shown");
        var error = catchThrowableOfType(() -> StackConfigLoader.load(raw(values)), ConfigException.class);
        assertThat(error.getMessage()).doesNotContain(PRIVATE_KEY_MATERIAL).doesNotContain("b3BlbnNzaC1rZXkt");
    }

    @Test
    void rejectsPemPrivateKeyWithoutEchoingIt() {
        var values = set(devRaw(), KEY, "-----BEGIN " + "RSA PRIVATE KEY-----\n" + PRIVATE_KEY_MATERIAL);

        var error = catchThrowableOfType(() -> StackConfigLoader.load(raw(values)), ConfigException.class);
        assertThat(error.getMessage()).contains("looks like a private key").doesNotContain(PRIVATE_KEY_MATERIAL);
    }

    @Test
    void requiresTheKey() {
        assertOnlyProblem(remove(devRaw(), KEY), KEY, "is required: paste the single line of your public key file");
    }

    @Test
    void rejectsMoreThanOneLine() {
        assertNotShown(DEV_SSH_PUBLIC_KEY + "\n" + RSA_3072, "must be a single line");
    }

    @Test
    void rejectsLineWithoutKeyData() {
        assertNotShown(ED25519_DATA, "must be \"<type> <base64 key> [comment]\"");
    }

    @Test
    void rejectsUnsupportedKeyTypeNamingIt() {
        assertNotShown("ssh-dss " + ED25519_DATA + " old", "key type ssh-dss is not supported; use ssh-ed25519 (recommended)");
    }

    @Test
    void rejectsKeyDataThatIsNotBase64() {
        assertNotShown("ssh-ed25519 " + ED25519_DATA.replace('A', '!'), "the key data is not valid base64");
    }

    @Test
    void rejectsKeyDataOfAnotherType() {
        assertNotShown("ssh-rsa " + ED25519_DATA, "the key data does not hold a ssh-rsa key but a ssh-ed25519 key");
    }

    @Test
    void rejectsTruncatedKeyData() {
        assertNotShown("ssh-ed25519 " + ED25519_DATA.substring(0, 20), "the key data is damaged or cut short");
    }

    @Test
    void rejectsRsaKeysShorterThan2048Bits() {
        assertNotShown(RSA_1024, "is a 1024-bit RSA key; use 2048 bits or more");
    }

    /** The key is rejected with {@code fragment}, and the message does not repeat the key data. */
    private static void assertNotShown(String value, String fragment) {
        var values = set(devRaw(), KEY, value);

        assertOnlyProblem(values, KEY, fragment);
        var error = catchThrowableOfType(() -> StackConfigLoader.load(raw(values)), ConfigException.class);
        String data = value.strip().split("\\s+")[value.strip().contains(" ") ? 1 : 0];
        assertThat(error.getMessage()).doesNotContain(data.substring(0, 16));
    }
}
