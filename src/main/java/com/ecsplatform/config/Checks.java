package com.ecsplatform.config;


import java.util.Optional;

/** Checks shared by several sections. */
final class Checks {

    private Checks() {
    }

    static Check<Integer> between(int min, int max) {
        return (value, shown) -> value < min || value > max
                ? Optional.of("must be between " + min + " and " + max + ", got " + shown)
                : Optional.empty();
    }

    static Check<Integer> atLeast(int min) {
        return (value, shown) -> value < min
                ? Optional.of("must be at least " + min + ", got " + shown)
                : Optional.empty();
    }

    /**
     * "; did you mean X?", or nothing when there is no suggestion or the value is a secret (a
     * suggestion derived from a secret would give it away).
     */
    static String didYouMean(String shown, Optional<String> suggestion) {
        return suggestion
                .filter(match -> !Problems.SECRET.equals(shown))
                .map(match -> "; did you mean " + match + "?")
                .orElse("");
    }

    /**
     * An instance type from {@link InstanceTypes} with the x86_64 architecture: the program resolves
     * x86_64 AMIs, which a Graviton instance cannot boot.
     *
     * @param role what runs on the instance, for the message ("the bastion")
     */
    static Check<String> x86InstanceType(String role) {
        return (name, shown) -> {
            if (InstanceTypes.isGraviton(name)) {
                return Optional.of(shown + " is a Graviton (arm64) type, but " + role
                        + " boots an x86_64 AMI; use an x86_64 type" + didYouMean(shown, InstanceTypes.x86Equivalent(name)));
            }
            if (InstanceTypes.lookup(name).isEmpty()) {
                Optional<String> suggestion = InstanceTypes.suggest(name);
                return Optional.of(shown + " is not an instance type this program knows" + (suggestion.isPresent()
                        ? didYouMean(shown, suggestion)
                        : "; use a size of " + String.join(", ", InstanceTypes.families())));
            }
            return Optional.empty();
        };
    }

    /**
     * Reports when {@code min ≤ desired ≤ max} does not hold, at the field that breaks it. Skipped when
     * one of the three is already invalid: the fallback value would make the message misleading.
     */
    static void minDesiredMax(ObjectReader reader, Count min, Count desired, Count max) {
        if (reader.hasProblem(min.field(), desired.field(), max.field())) {
            return;
        }
        if (min.value() > max.value()) {
            reader.report(min.field(), reader.show(min.field(), min.value()) + " is greater than " + max.field() + " "
                    + reader.show(max.field(), max.value()) + "; lower " + min.field() + " or raise " + max.field());
        } else if (desired.value() < min.value()) {
            reader.report(desired.field(), reader.show(desired.field(), desired.value()) + " is below " + min.field() + " "
                    + reader.show(min.field(), min.value()) + "; it must lie between " + min.field() + " and " + max.field());
        } else if (desired.value() > max.value()) {
            reader.report(desired.field(), reader.show(desired.field(), desired.value()) + " is above " + max.field() + " "
                    + reader.show(max.field(), max.value()) + "; it must lie between " + min.field() + " and " + max.field());
        }
    }

    /** A count field and the value read for it. */
    record Count(String field, int value) {
    }
}
