package com.ecsplatform.config;

import com.ecsplatform.config.Checks.Count;
import com.ecsplatform.config.InstanceTypes.InstanceType;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads {@code ecs-platform:service}: the task, its hardening, and its scaling. */
final class ServiceSection {

    static final int MIN_CPU_UNITS = 128;
    static final int MIN_MEMORY_MIB = 128;
    private static final int MAX_IMAGE_LENGTH = 255;
    private static final int MAX_HEALTH_CHECK_PATH_LENGTH = 1024;
    private static final int MAX_HEALTH_CHECK_COMMAND_LENGTH = 1000;

    static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Name fragments that mark a value as a secret, which must not sit in plain task definition text. */
    static final List<String> SECRET_NAME_FRAGMENTS = List.of(
            "PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY", "CREDENTIAL", "ACCESS_KEY");

    private static final String REGION = "[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\\d";
    private static final Pattern SSM_PARAMETER_ARN = Pattern.compile("arn:aws[-a-z]*:ssm:" + REGION + ":\\d{12}:parameter/.+");
    private static final Pattern SECRETS_MANAGER_ARN = Pattern.compile("arn:aws[-a-z]*:secretsmanager:" + REGION + ":\\d{12}:secret:.+");
    private static final Pattern WHITESPACE = Pattern.compile(".*\\s.*", Pattern.DOTALL);

    private ServiceSection() {
    }

    /**
     * Reads the service and checks its task against the cluster.
     *
     * @param profile the stack's profile, if valid: prod requires a pinned image
     * @param host    the cluster's instance type, if valid: the task must fit on one instance
     */
    static ServiceConfig read(ObjectReader service, ServiceConfig defaults, Optional<Profile> profile,
                              Optional<InstanceType> host) {
        String image = service.requiredString("image",
                "the container image to run, for example nginxinc/nginx-unprivileged:1.27-alpine",
                imageCheck(profile.orElse(Profile.DEV))).orElse(defaults.image());
        int containerPort = service.integer("containerPort", Checks.between(1, 65535)).orElse(defaults.containerPort());
        int cpu = service.integer("cpu", Checks.atLeast(MIN_CPU_UNITS).because("1024 CPU units are one vCPU"))
                .orElse(defaults.cpu());
        int memory = service.integer("memory", Checks.atLeast(MIN_MEMORY_MIB).because("memory is in MiB"))
                .orElse(defaults.memory());
        host.ifPresent(type -> checkFits(service, cpu, memory, type));

        int desiredCount = service.integer("desiredCount", Checks.atLeast(0)).orElse(defaults.desiredCount());
        int minCount = service.integer("minCount", Checks.atLeast(1)
                        .because("a service scaled to zero has no targets behind the load balancer"))
                .orElse(defaults.minCount());
        int maxCount = service.integer("maxCount", Checks.atLeast(1)).orElse(defaults.maxCount());
        Checks.minDesiredMax(service,
                new Count("minCount", minCount), new Count("desiredCount", desiredCount), new Count("maxCount", maxCount));
        List<ScheduleConfig> schedules = ScheduleSection.read(service, minCount, maxCount,
                !service.hasProblem("minCount", "maxCount"));

        var config = ServiceConfig.builder()
                .image(image).containerPort(containerPort).cpu(cpu).memory(memory)
                .desiredCount(desiredCount).minCount(minCount).maxCount(maxCount)
                .cpuTargetPercent(service.integer("cpuTargetPercent", Checks.between(10, 90)).orElse(defaults.cpuTargetPercent()))
                .requestsPerTarget(service.integer("requestsPerTarget", Checks.between(1, 100_000)).or(defaults::requestsPerTarget))
                .healthCheckPath(service.string("healthCheckPath", ServiceSection::healthCheckPathProblem)
                        .orElse(defaults.healthCheckPath()))
                .healthCheckCommand(service.string("healthCheckCommand", ServiceSection::healthCheckCommandProblem)
                        .or(defaults::healthCheckCommand))
                .user(service.string("user", ServiceSection::userProblem).or(defaults::user))
                .writablePaths(service.strings("writablePaths", ServiceSection::writablePathProblem)
                        .orElse(defaults.writablePaths()))
                .environment(service.stringMap("environment", ServiceSection::environmentProblem).orElse(defaults.environment()))
                .secrets(service.stringMap("secrets", ServiceSection::secretProblem).orElse(defaults.secrets()))
                .schedules(schedules)
                .build();
        rejectNamesInBoth(service, config);
        service.rejectUnknownFields();
        return config;
    }

    private static Check<String> imageCheck(Profile profile) {
        return (image, shown) -> {
            if (WHITESPACE.matcher(image).matches()) {
                return Optional.of(shown + " must not contain whitespace");
            }
            if (image.length() > MAX_IMAGE_LENGTH) {
                return Optional.of("is " + image.length() + " characters long; an image reference has at most " + MAX_IMAGE_LENGTH);
            }
            if (profile == Profile.PROD) {
                return unpinnedProblem(image, shown);
            }
            return Optional.empty();
        };
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

    /**
     * The task must fit on one instance, or ECS can never place it. Skipped when cpu or memory is
     * already invalid: the fallback value would make the message misleading.
     */
    private static void checkFits(ObjectReader service, int cpu, int memory, InstanceType host) {
        if (!service.hasProblem("cpu") && cpu > host.cpuUnits()) {
            service.report("cpu", service.show("cpu", cpu) + " CPU units do not fit on one " + host.name() + ": it has "
                    + host.cpuUnits() + " (" + host.vCpus() + " vCPUs × " + InstanceTypes.CPU_UNITS_PER_VCPU + "); over by "
                    + service.show("cpu", cpu - host.cpuUnits()) + " units; lower cpu or choose a larger cluster.instanceType");
        }
        if (!service.hasProblem("memory") && memory > host.schedulableMemoryMiB()) {
            service.report("memory", service.show("memory", memory) + " MiB does not fit on one " + host.name()
                    + ": at most " + host.schedulableMemoryMiB() + " MiB is schedulable (" + host.memoryMiB()
                    + " MiB × 0.9 − " + InstanceTypes.ECS_RESERVED_MEMORY_MIB + " MiB reserved); over by "
                    + service.show("memory", memory - host.schedulableMemoryMiB())
                    + " MiB; lower memory or choose a larger cluster.instanceType");
        }
    }

    private static Optional<String> healthCheckPathProblem(String path, String shown) {
        if (!path.startsWith("/")) {
            return Optional.of(shown + " must start with /");
        }
        if (WHITESPACE.matcher(path).matches()) {
            return Optional.of(shown + " must not contain whitespace");
        }
        if (path.length() > MAX_HEALTH_CHECK_PATH_LENGTH) {
            return Optional.of("is " + path.length() + " characters long; the load balancer accepts at most "
                    + MAX_HEALTH_CHECK_PATH_LENGTH);
        }
        return Optional.empty();
    }

    private static Optional<String> healthCheckCommandProblem(String command, String shown) {
        if (command.isBlank()) {
            return Optional.of("must not be empty; leave healthCheckCommand out to probe healthCheckPath with wget");
        }
        if (command.length() > MAX_HEALTH_CHECK_COMMAND_LENGTH) {
            return Optional.of("is " + command.length() + " characters long; keep it under " + MAX_HEALTH_CHECK_COMMAND_LENGTH);
        }
        return Optional.empty();
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

    private static Optional<String> writablePathProblem(String path, String shown) {
        if (!path.startsWith("/")) {
            return Optional.of(shown + " is not an absolute path (like /tmp)");
        }
        if (path.matches("/+")) {
            return Optional.of(shown + " would make the whole root filesystem writable; list only the directories the"
                    + " container writes to");
        }
        if (List.of(path.split("/")).contains("..")) {
            return Optional.of(shown + " must not contain ..; write the directory's own absolute path");
        }
        return Optional.empty();
    }

    private static Optional<String> environmentProblem(String name, String value) {
        return nameProblem(name).or(() -> looksSecret(name)
                ? Optional.of("looks like a secret; move it to service.secrets as the ARN of an SSM parameter or a"
                        + " Secrets Manager secret (the value is not shown)")
                : Optional.empty());
    }

    private static Optional<String> secretProblem(String name, String arn) {
        return nameProblem(name).or(() -> SSM_PARAMETER_ARN.matcher(arn).matches() || SECRETS_MANAGER_ARN.matcher(arn).matches()
                ? Optional.empty()
                : Optional.of("must be the ARN of an SSM parameter (arn:aws:ssm:<region>:<account>:parameter/<name>)"
                        + " or of a Secrets Manager secret (arn:aws:secretsmanager:<region>:<account>:secret:<name>);"
                        + " the value is not shown"));
    }

    private static Optional<String> nameProblem(String name) {
        return VARIABLE_NAME.matcher(name).matches()
                ? Optional.empty()
                : Optional.of("is not a valid environment variable name: use letters, digits and _,"
                        + " not starting with a digit");
    }

    private static boolean looksSecret(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return SECRET_NAME_FRAGMENTS.stream().anyMatch(upper::contains);
    }

    /** A name in both maps would be defined twice in the container definition. */
    private static void rejectNamesInBoth(ObjectReader service, ServiceConfig config) {
        Map<String, String> environment = config.environment();
        config.secrets().keySet().stream()
                .filter(environment::containsKey)
                .forEach(name -> service.report("secrets." + name,
                        "is also set in service.environment; define it in one of the two"));
    }
}
