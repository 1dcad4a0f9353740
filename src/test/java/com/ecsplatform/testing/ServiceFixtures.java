package com.ecsplatform.testing;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.util.List;
import java.util.Map;

import static com.ecsplatform.testing.ConfigFixtures.fields;

/**
 * Stacks with several services, built from the {@link ConfigFixtures} values: the legacy
 * {@code ecs-platform:service} moved under {@code ecs-platform:services}, and an {@code api} service
 * routed by path.
 */
public final class ServiceFixtures {

    public static final String SERVICES = "ecs-platform:services";
    /** A pinned image for the api fixture, other than the web one. */
    public static final String API_IMAGE = "nginxinc/nginx-unprivileged:1.27.3-alpine";
    public static final String API_SECRET =
            "arn:aws:ssm:ap-northeast-2:123456789012:parameter/ecs-platform/test/api-key";

    private ServiceFixtures() {
    }

    /** {@code values} with {@code ecs-platform:service} moved to {@code ecs-platform:services: {web: ...}}, unchanged. */
    public static Map<String, String> converted(Map<String, String> values) {
        String service = values.remove("ecs-platform:service");
        var services = new JsonObject();
        services.add("web", JsonParser.parseString(service));
        values.put(SERVICES, services.toString());
        return values;
    }

    /** {@code values} converted, with the {@link #api} service added. */
    public static Map<String, String> withApi(Map<String, String> values) {
        return with(converted(values), "api", api());
    }

    /** {@code values} (already using services) with service {@code name} set to {@code service}. */
    public static Map<String, String> with(Map<String, String> values, String name, Map<String, Object> service) {
        return ConfigFixtures.set(values, SERVICES + "." + name, service);
    }

    /** An API service: three tasks (prod's floor), routed on {@code /api/*} at priority 10, with its own secret. */
    public static Map<String, Object> api() {
        return fields(
                "image", API_IMAGE,
                "containerPort", 9090,
                "cpu", 256,
                "memory", 512,
                "desiredCount", 3,
                "minCount", 3,
                "maxCount", 6,
                "healthCheckPath", "/api/health",
                "user", "1000",
                "secrets", fields("API_KEY", API_SECRET),
                "routing", fields("priority", 10, "pathPatterns", List.of("/api/*")));
    }
}
