package com.ecsplatform.config;

import com.ecsplatform.aws.InstanceTypes;
import java.util.Optional;

/** What the schema cannot say of {@code ecs-platform:cluster}: a known x86 type, and min ≤ desired ≤ max. */
final class ClusterRules {

    private static final String CLUSTER = StackConfigLoader.key("cluster");

    private ClusterRules() {
    }

    static void check(StackConfig config, Problems problems) {
        ClusterConfig cluster = config.cluster();
        checkInstanceType(CLUSTER + ".instanceType", cluster.instanceType(), "the cluster", problems);
        minDesiredMax(CLUSTER, "minSize", cluster.minSize(), "desiredCapacity", cluster.desiredCapacity(),
                "maxSize", cluster.maxSize(), problems);
    }

    /**
     * An instance type from {@link InstanceTypes} with the x86_64 architecture: the program resolves
     * x86_64 AMIs, which a Graviton instance cannot boot.
     *
     * @param role what runs on the instance, for the message ("the bastion")
     */
    static void checkInstanceType(String key, String name, String role, Problems problems) {
        String shown = problems.quote(key, name);
        if (InstanceTypes.isGraviton(name)) {
            problems.add(key, shown + " is a Graviton (arm64) type, but " + role + " boots an x86_64 AMI; use an x86_64 type"
                    + Suggestions.didYouMean(shown, InstanceTypes.x86Equivalent(name)));
        } else if (InstanceTypes.lookup(name).isEmpty()) {
            Optional<String> suggestion = Suggestions.closest(name, InstanceTypes.names());
            problems.add(key, shown + " is not an instance type this program knows" + (suggestion.isPresent()
                    ? Suggestions.didYouMean(shown, suggestion)
                    : "; use a size of " + String.join(", ", InstanceTypes.families())));
        }
    }

    /**
     * Reports when {@code min ≤ desired ≤ max} does not hold, at the field that breaks it. Skipped when
     * one of the three is already invalid: the fallback value would make the message misleading.
     */
    static void minDesiredMax(String object, String minField, int min, String desiredField, int desired,
                              String maxField, int max, Problems problems) {
        String minKey = object + "." + minField;
        String desiredKey = object + "." + desiredField;
        String maxKey = object + "." + maxField;
        if (problems.has(minKey, desiredKey, maxKey)) {
            return;
        }
        if (min > max) {
            problems.add(minKey, problems.show(minKey, min) + " is greater than " + maxField + " " + problems.show(maxKey, max)
                    + "; lower " + minField + " or raise " + maxField);
        } else if (desired < min || desired > max) {
            problems.add(desiredKey, problems.show(desiredKey, desired) + (desired < min
                    ? " is below " + minField + " " + problems.show(minKey, min)
                    : " is above " + maxField + " " + problems.show(maxKey, max))
                    + "; it must lie between " + minField + " and " + maxField);
        }
    }
}
