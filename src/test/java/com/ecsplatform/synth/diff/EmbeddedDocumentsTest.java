package com.ecsplatform.synth.diff;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDocumentsTest {

    private static JsonObject inputs(String key, String value) {
        var inputs = new JsonObject();
        inputs.addProperty(key, value);
        return inputs;
    }

    @Test
    void aChangedPolicyStringIsDiffedStatementByStatement() {
        var before = inputs("policy", "{\"Statement\":[{\"Resource\":[\"arn:a\"],\"Action\":[\"s3:GetObject\"]}]}");
        var after = inputs("policy", "{\"Statement\":[{\"Resource\":[\"arn:b\"],\"Action\":[\"s3:GetObject\"]}]}");

        assertThat(JsonTreeDiff.diff(before, after)).extracting(PropertyChange::render)
                .containsExactly("policy.Statement[0].Resource: [\"arn:a\"] → [\"arn:b\"]");
    }

    @Test
    void changedUserDataIsShownDecoded() {
        var before = inputs("userData", base64("#cloud-config\nECS_CONTAINER_STOP_TIMEOUT=10s\n"));
        var after = inputs("userData", base64("#cloud-config\nECS_CONTAINER_STOP_TIMEOUT=30s\n"));

        var changes = JsonTreeDiff.diff(before, after);

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.path()).isEqualTo("userData" + EmbeddedDocuments.DECODED);
            assertThat(change.render()).contains("STOP_TIMEOUT=10s").contains("STOP_TIMEOUT=30s");
        });
    }

    @Test
    void ordinaryStringsStayStrings() {
        assertThat(EmbeddedDocuments.json("ecs-platform-dev")).isEmpty();
        assertThat(EmbeddedDocuments.base64Text("ecs-platform-dev")).isEmpty();
        assertThat(EmbeddedDocuments.json("{'Statement': ['single quotes']}")).as("strict JSON only").isEmpty();
        assertThat(EmbeddedDocuments.base64Text(base64("plain text, long enough to be encoded"))).isPresent();
        assertThat(JsonTreeDiff.diff(inputs("name", "a"), inputs("name", "b")))
                .extracting(PropertyChange::path).containsExactly("name");
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
