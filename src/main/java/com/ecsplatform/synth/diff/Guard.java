package com.ecsplatform.synth.diff;

import com.ecsplatform.synth.diff.SynthGraph.Resource;
import java.util.Optional;
import java.util.Set;

/**
 * Which changes must not reach a deploy unreviewed: replacing or deleting a resource that is
 * {@code protect}ed, or one that holds data — a retained log group or bucket, a database. Updates in
 * place and replacements of stateless resources never block.
 */
final class Guard {

    private static final Set<String> DATABASES = Set.of(OperationalEffects.DB_INSTANCE, OperationalEffects.DB_CLUSTER);
    private static final Set<String> RETAINED_DATA = Set.of(
            OperationalEffects.LOG_GROUP, OperationalEffects.BUCKET, OperationalEffects.LEGACY_BUCKET);

    private Guard() {
    }

    /** @return why {@code change} blocks, or empty when it may go ahead */
    static Optional<String> reason(PlannedChange.Builder change) {
        Resource deployed = change.before;
        if (deployed == null) {
            return Optional.empty();
        }
        boolean destructive = change.action == Action.REPLACE || change.action == Action.DELETE;
        boolean possiblyDestructive = change.action == Action.UPDATE && !change.maybe.isEmpty();
        if (!destructive && !possiblyDestructive) {
            return Optional.empty();
        }
        String verb = destructive ? change.action.word() : "possibly replace";
        if (deployed.hasOption("protect")) {
            return Optional.of("would " + verb + " a protected resource");
        }
        if (DATABASES.contains(deployed.type())) {
            return Optional.of("would " + verb + " a database, which holds data");
        }
        if (RETAINED_DATA.contains(deployed.type()) && deployed.hasOption("retainOnDelete")) {
            return Optional.of("would " + verb + " a retained " + (deployed.type().equals(OperationalEffects.LOG_GROUP)
                    ? "log group, which holds its log history" : "bucket, which holds its objects"));
        }
        return Optional.empty();
    }
}
