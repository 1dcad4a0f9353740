package com.ecsplatform.config;

import com.ecsplatform.aws.InstanceTypes;
import com.ecsplatform.aws.InstanceTypes.InstanceType;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code ecs-platform:service} from the validated tree, and what the schema cannot say of it: a pinned
 * image in prod, a task that fits an instance, no root user, no secret in plain environment variables.
 */
final class ServiceRules {

    /** Name fragments that mark a value as a secret, which must not sit in plain task definition text. */
    static final List<String> SECRET_NAME_FRAGMENTS = List.of(
            "PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY", "CREDENTIAL", "ACCESS_KEY");

    private static final String REGION = "[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\\d";
    private static final Pattern SSM_PARAMETER_ARN = Pattern.compile("arn:aws[-a-z]*:ssm:" + REGION + ":\\d{12}:parameter/.+");
    private static final Pattern SECRETS_MANAGER_ARN = Pattern.compile("arn:aws[-a-z]*:secretsmanager:" + REGION + ":\\d{12}:secret:.+");
    private static final String SERVICE = StackConfigLoader.key("service");

    private ServiceRules() {
    }

    static ServiceConfig read(Fields service, ServiceConfig defaults) {
        int minCount = service.integer("minCount").orElse(defaults.minCount());
        int maxCount = service.integer("maxCount").orElse(defaults.maxCount());
        int desiredCount = service.integer("desiredCount").orElse(defaults.desiredCount());
        ClusterRules.minDesiredMax(service.key(), "minCount", minCount, "desiredCount", desiredCount, "maxCount", maxCount,
                service.problems());
        return ServiceConfig.builder()
                .image(service.text("image").orElse(defaults.image()))
                .containerPort(service.integer("containerPort").orElse(defaults.containerPort()))
                .cpu(service.integer("cpu").orElse(defaults.cpu()))
                .memory(service.integer("memory").orElse(defaults.memory()))
                .desiredCount(desiredCount).minCount(minCount).maxCount(maxCount)
                .cpuTargetPercent(service.integer("cpuTargetPercent").orElse(defaults.cpuTargetPercent()))
                .requestsPerTarget(service.integer("requestsPerTarget").or(defaults::requestsPerTarget))
                .healthCheckPath(service.text("healthCheckPath").orElse(defaults.healthCheckPath()))
                .healthCheckCommand(service.text("healthCheckCommand").or(defaults::healthCheckCommand))
                .user(service.text("user").or(defaults::user))
                .writablePaths(service.texts("writablePaths").orElse(defaults.writablePaths()))
                .environment(service.textMap("environment").orElse(defaults.environment()))
                .secrets(service.textMap("secrets").orElse(defaults.secrets()))
                .database(service.bool("database"))
                .schedules(ScheduleRules.read(service, minCount, maxCount,
                        !service.problems().has(service.path("minCount"), service.path("maxCount"))))
                .build();
    }

    static void check(StackConfig config, Optional<Profile> profile, Problems problems) {
        config.services().forEach((name, service) ->
                check(service, StackConfigLoader.key(config.serviceKey(name)), config, profile, problems));
    }

    /**
     * The rules of one service.
     *
     * @param key where it is in the stack file ({@code ecs-platform:service})
     */
    static void check(ServiceConfig service, String key, StackConfig config, Optional<Profile> profile, Problems problems) {
        if (profile.equals(Optional.of(Profile.PROD)) && !problems.has(key + ".image")) {
            unpinnedProblem(service.image(), problems.quote(key + ".image", service.image()))
                    .ifPresent(message -> problems.add(key + ".image", message));
        }
        if (!problems.has(StackConfigLoader.key("cluster.instanceType"))) {
            InstanceTypes.lookup(config.cluster().instanceType()).ifPresent(host -> checkFits(service, key, host, problems));
        }
        service.healthCheckCommand().filter(String::isBlank).ifPresent(blank -> problems.add(key + ".healthCheckCommand",
                "must not be empty; leave healthCheckCommand out to probe healthCheckPath with wget"));
        service.user().ifPresent(user -> userProblem(user, problems.quote(key + ".user", user))
                .ifPresent(message -> problems.add(key + ".user", message)));
        List<String> paths = service.writablePaths();
        for (int i = 0; i < paths.size(); i++) {
            String pathKey = key + ".writablePaths[" + i + "]";
            String shown = problems.quote(pathKey, paths.get(i));
            if (paths.get(i).matches("/+")) {
                problems.add(pathKey, shown + " would make the whole root filesystem writable; list only the directories the"
                        + " container writes to");
            } else if (List.of(paths.get(i).split("/")).contains("..")) {
                problems.add(pathKey, shown + " must not contain ..; write the directory's own absolute path");
            }
        }
        service.environment().keySet().stream().filter(ServiceRules::looksSecret).forEach(name -> problems.add(
                key + ".environment." + name, "looks like a secret; move it to service.secrets as the ARN of an SSM"
                        + " parameter or a Secrets Manager secret (the value is not shown)"));
        service.secrets().forEach((name, arn) -> {
            if (!SSM_PARAMETER_ARN.matcher(arn).matches() && !SECRETS_MANAGER_ARN.matcher(arn).matches()) {
                problems.add(key + ".secrets." + name, "must be the ARN of an SSM parameter"
                        + " (arn:aws:ssm:<region>:<account>:parameter/<name>) or of a Secrets Manager secret"
                        + " (arn:aws:secretsmanager:<region>:<account>:secret:<name>); the value is not shown");
            } else if (service.environment().containsKey(name)) {
                // A name in both maps would be defined twice in the container definition.
                problems.add(key + ".secrets." + name, "is also set in service.environment; define it in one of the two");
            }
        });
    }

    /** Prod runs exactly what was reviewed: an image without a tag or with {@code latest} can change under a redeploy. */
    private static Optional<String> unpinnedProblem(String image, String shown) {
        if (image.contains("@")) {
            return Optional.empty();
        }
        int lastSlash = image.lastIndexOf('/');
        int tagColon = image.lastIndexOf(':');
        String why = "; prod must pin a version or digest (like :1.27.3 or @sha256:…) so every deploy runs the image that was reviewed";
        if (tagColon < lastSlash || tagColon < 0) {
            return Optional.of(shown + " has no tag" + why);
        }
        if (image.substring(tagColon + 1).equals("latest")) {
            return Optional.of(shown + " uses the latest tag" + why);
        }
        return Optional.empty();
    }

    /** The task must fit on one instance, or ECS can never place it. Skipped when cpu or memory is already invalid. */
    private static void checkFits(ServiceConfig service, String key, InstanceType host, Problems problems) {
        String cpu = key + ".cpu";
        String memory = key + ".memory";
        if (!problems.has(cpu) && service.cpu() > host.cpuUnits()) {
            problems.add(cpu, problems.show(cpu, service.cpu()) + " CPU units do not fit on one " + host.name() + ": it has "
                    + host.cpuUnits() + " (" + host.vCpus() + " vCPUs × " + InstanceTypes.CPU_UNITS_PER_VCPU + "); over by "
                    + problems.show(cpu, service.cpu() - host.cpuUnits()) + " units; lower cpu or choose a larger cluster.instanceType");
        }
        if (!problems.has(memory) && service.memory() > host.schedulableMemoryMiB()) {
            problems.add(memory, problems.show(memory, service.memory()) + " MiB does not fit on one " + host.name()
                    + ": at most " + host.schedulableMemoryMiB() + " MiB is schedulable (" + host.memoryMiB()
                    + " MiB × 0.9 − " + InstanceTypes.ECS_RESERVED_MEMORY_MIB + " MiB reserved); over by "
                    + problems.show(memory, service.memory() - host.schedulableMemoryMiB())
                    + " MiB; lower memory or choose a larger cluster.instanceType");
        }
    }

    /** Rejects root by name or uid 0, with or without a group. */
    private static Optional<String> userProblem(String user, String shown) {
        if (user.isBlank()) {
            return Optional.of("must not be empty; leave user out to run as the image's user");
        }
        String name = user.split(":", 2)[0];
        if (name.equals("root") || name.matches("0+")) {
            return Optional.of(shown + " is root; the container must not run as root:"
                    + " use a non-root user name or uid (like 101 or 1000:1000)");
        }
        return Optional.empty();
    }

    private static boolean looksSecret(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return SECRET_NAME_FRAGMENTS.stream().anyMatch(upper::contains);
    }
}
