package com.ecsplatform.synth.diff;

import com.ecsplatform.synth.diff.GraphDiff.Move;
import com.ecsplatform.synth.diff.GraphDiff.ResourceChange;
import com.ecsplatform.synth.diff.PlannedChange.Input;
import com.ecsplatform.synth.diff.References.Reference;
import com.ecsplatform.synth.diff.SynthGraph.Resource;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a deploy of one stack would do, resource by resource, the way {@code pulumi preview} would
 * say it: every change classified as create, update in place, replace (with the input that forces
 * it) or delete, replacements cascaded through the references of the graph, the operational effects
 * named, and the changes to protected or data-holding resources marked as blocking.
 *
 * <p>Classification rests on {@link ReplaceRules}: a resource is replaced when an input the provider
 * marks replace-on-change changes, or when it was renamed or re-parented without an alias. A
 * replaced resource gets a new id and ARN (and, when autonamed, a new name), so every input that
 * references one of its outputs changes too; when that input forces replacement, the dependent is
 * replaced in turn. The cascade runs to a fixed point and each change keeps the chain that led to it.
 *
 * @param stack   the stack
 * @param changes every change, replacements first, then deletes, creates, updates; each group by URN
 * @param outputs stack outputs that change: written differently, or referencing a replaced resource
 */
public record Preview(String stack, List<PlannedChange> changes, List<OutputChange> outputs) {

    public Preview {
        Objects.requireNonNull(stack, "stack");
        changes = List.copyOf(changes);
        outputs = List.copyOf(outputs);
    }

    /**
     * A stack output that changes.
     *
     * @param change the output's name as path, with the old and new values
     * @param why    for an output that is written the same but references a replaced resource, why its
     *               value changes; empty otherwise
     */
    public record OutputChange(PropertyChange change, String why) {
    }

    /** Classifies the diff of two graphs of one stack with the bundled table. */
    public static Preview between(SynthGraph before, SynthGraph after) {
        return between(before, after, ReplaceRules.bundled());
    }

    /** Classifies the diff of two graphs of one stack with {@code rules}. */
    public static Preview between(SynthGraph before, SynthGraph after, ReplaceRules rules) {
        String stack = after.stack().isBlank() ? before.stack() : after.stack();
        return new Classifier(rules, GraphDiff.between(before, after), after).classify(stack);
    }

    /** @return the changes a deploy must not make unreviewed */
    public List<PlannedChange> blocking() {
        return changes.stream().filter(PlannedChange::isBlocking).toList();
    }

    /** @return whether nothing differs, outputs included */
    public boolean isEmpty() {
        return changes.isEmpty() && outputs.isEmpty();
    }

    /** @return how many resources each action touches, and how many changes are blocking */
    public Counts counts() {
        Map<Action, Integer> byAction = new HashMap<>();
        changes.forEach(change -> byAction.merge(change.action(), 1, Integer::sum));
        return new Counts(
                byAction.getOrDefault(Action.CREATE, 0),
                byAction.getOrDefault(Action.UPDATE, 0),
                byAction.getOrDefault(Action.REPLACE, 0),
                byAction.getOrDefault(Action.DELETE, 0),
                blocking().size());
    }

    /**
     * Resource counts per action, as in the summary of a Pulumi preview, and the blocking changes.
     *
     * @param create   resources created
     * @param update   resources updated in place
     * @param replace  resources replaced
     * @param delete   resources deleted
     * @param blocking changes to protected or data-holding resources
     */
    public record Counts(int create, int update, int replace, int delete, int blocking) {

        /** @return e.g. {@code "2 to replace, 1 to create (1 blocking)"}, or {@code "no resource changes"} */
        public String describe() {
            List<String> parts = new ArrayList<>();
            addIfPositive(parts, replace, "replace");
            addIfPositive(parts, delete, "delete");
            addIfPositive(parts, create, "create");
            addIfPositive(parts, update, "update");
            String text = parts.isEmpty() ? "no resource changes" : String.join(", ", parts);
            return blocking == 0 ? text : text + " (" + blocking + " blocking)";
        }

        private static void addIfPositive(List<String> parts, int count, String operation) {
            if (count > 0) {
                parts.add(count + " to " + operation);
            }
        }
    }

    /** The classification of one diff: direct verdicts, then the cascade, then effects and the guard. */
    private static final class Classifier {

        private static final String LAUNCH_TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";

        private final ReplaceRules rules;
        private final GraphDiff diff;
        private final SynthGraph after;
        private final Map<String, PlannedChange.Builder> byName = new LinkedHashMap<>();
        /** Resources whose outputs change, to cascade from, in the order they were found. */
        private final Deque<String> pending = new ArrayDeque<>();

        Classifier(ReplaceRules rules, GraphDiff diff, SynthGraph after) {
            this.rules = rules;
            this.diff = diff;
            this.after = after;
        }

        Preview classify(String stack) {
            diff.moved().forEach(this::classifyMove);
            diff.changed().forEach(this::classifyChange);
            diff.added().forEach(resource -> byName.put(resource.name(), new PlannedChange.Builder(Action.CREATE, null, resource)));
            diff.removed().forEach(resource -> byName.put(resource.name(), new PlannedChange.Builder(Action.DELETE, resource, null)));
            byName.values().stream()
                    .filter(change -> change.action == Action.REPLACE || isNewVersion(change))
                    .map(PlannedChange.Builder::name)
                    .sorted()
                    .forEach(pending::add);
            cascade();
            byName.values().forEach(change -> {
                change.cause = cause(change);
                change.chain = chain(change, 0);
                change.effects.addAll(OperationalEffects.of(change));
                Guard.reason(change).ifPresent(reason -> change.blocking = reason);
            });
            List<PlannedChange> changes = byName.values().stream()
                    .map(PlannedChange.Builder::build)
                    .sorted(Comparator.comparing(PlannedChange::action)
                            .thenComparing(change -> change.action() == Action.REPLACE ? change.chain().size() : 0)
                            .thenComparing(change -> change.resource().urn()))
                    .toList();
            return new Preview(stack, changes, outputs());
        }

        private void classifyMove(Move move) {
            PlannedChange.Builder change = new PlannedChange.Builder(Action.REPLACE, move.before(), move.after());
            change.move = move;
            change.cause = switch (move.kind()) {
                case RENAMED -> "renamed " + move.before().name() + ValueFormat.ARROW + move.after().name() + " without an alias";
                case REPARENTED -> "re-parented without an alias";
            };
            addInputs(change, move.inputs());
            change.options.addAll(move.options());
            byName.put(change.name(), change);
        }

        private void classifyChange(ResourceChange resourceChange) {
            PlannedChange.Builder change = new PlannedChange.Builder(Action.UPDATE, resourceChange.before(), resourceChange.after());
            addInputs(change, resourceChange.inputs());
            change.options.addAll(resourceChange.options());
            if (resourceChange.aliased()) {
                change.parentChange = "aliased: " + Urns.name(resourceChange.before().urn()) + " (" + resourceChange.before().parentName()
                        + ")" + ValueFormat.ARROW + Urns.name(resourceChange.after().urn()) + " ("
                        + resourceChange.after().parentName() + "), kept by its alias: no replacement";
            } else if (resourceChange.parentChanged()) {
                change.parentChange = "parent: " + resourceChange.before().parentName() + ValueFormat.ARROW + resourceChange.after().parentName();
            }
            if (change.inputs.stream().anyMatch(Input::forcesReplacement)) {
                change.action = Action.REPLACE;
            }
            byName.put(change.name(), change);
        }

        private void addInputs(PlannedChange.Builder change, List<PropertyChange> inputs) {
            List<String> ignored = ignoreChanges(change.after);
            for (PropertyChange input : inputs) {
                Verdict verdict = Verdict.of(rules, change.after.type(), input.path(), change.before.inputs(), change.after.inputs());
                change.inputs.add(new Input(input, verdict, "", isIgnored(input.path(), ignored)));
                if (verdict.kind() == Verdict.Kind.MAYBE_REPLACE && !isIgnored(input.path(), ignored)) {
                    change.maybe.add(verdict.rule());
                }
            }
        }

        /**
         * Follows references from every resource whose outputs change to the resources that use
         * them, until no change is added: a dependent can only move up from unchanged to update to
         * replace, so this ends.
         */
        private void cascade() {
            while (!pending.isEmpty()) {
                PlannedChange.Builder source = byName.get(pending.poll());
                for (Resource dependent : after.resources().values()) {
                    List<Reference> references = References.in(dependent.inputs()).stream()
                            .filter(reference -> reference.resource().equals(source.name()))
                            .toList();
                    if (!references.isEmpty()) {
                        propagate(source, dependent, references);
                    }
                }
            }
        }

        private void propagate(PlannedChange.Builder source, Resource dependent, List<Reference> references) {
            PlannedChange.Builder change = byName.get(dependent.name());
            if (change != null && (change.action == Action.CREATE || change.action == Action.REPLACE && change.move != null)) {
                return; // a new resource takes whatever the new outputs are
            }
            if (change == null) {
                change = new PlannedChange.Builder(Action.UPDATE, diffBefore(dependent), dependent);
                byName.put(dependent.name(), change);
            }
            boolean sourceReplaced = source.action == Action.REPLACE;
            String why = sourceReplaced ? source.name() + " is replaced" : source.name() + " gets a new version";
            List<String> ignored = ignoreChanges(dependent);
            List<Input> added = new ArrayList<>();
            if (sourceReplaced) {
                for (Reference reference : references) {
                    added.add(impliedInput(dependent, reference.path(), why, ignored));
                }
            }
            if (LAUNCH_TEMPLATE.equals(source.after != null ? source.after.type() : "")) {
                // A launch template's latestVersion changes with every update; the synth shows it
                // as the literal "1", so the reference sits at the sibling "version" of the id.
                for (Reference reference : references) {
                    String parent = reference.path().contains(".")
                            ? reference.path().substring(0, reference.path().lastIndexOf('.')) : "";
                    JsonElement holder = parent.isEmpty() ? null : valueAtPath(dependent, parent);
                    if (holder != null && holder.isJsonObject() && holder.getAsJsonObject().has("version")) {
                        added.add(impliedInput(dependent, parent + ".version", source.name() + " gets a new version", ignored));
                    }
                }
            }
            PlannedChange.Builder target = change;
            added.removeIf(input -> target.implied.stream().anyMatch(known -> known.change().path().equals(input.change().path())));
            if (added.isEmpty()) {
                return;
            }
            change.implied.addAll(added);
            Optional<Input> forcing = added.stream().filter(Input::forcesReplacement).findFirst();
            added.stream().filter(input -> !input.ignored() && input.verdict().kind() == Verdict.Kind.MAYBE_REPLACE)
                    .forEach(input -> target.maybe.add(input.verdict().rule()));
            if (forcing.isPresent() && change.action != Action.REPLACE) {
                change.action = Action.REPLACE;
                change.via = source.name();
                change.viaPath = forcing.get().change().path();
                pending.add(change.name());
            } else if (change.via == null && change.move == null
                    && (forcing.isPresent() || added.stream().anyMatch(input -> !input.ignored()))) {
                // Already replaced for its own inputs, or updated: the chain still shows where the cascade reaches it.
                change.via = source.name();
                change.viaPath = forcing.orElse(added.get(0)).change().path();
            }
            if (change.action == Action.UPDATE && isNewVersion(change) && !pending.contains(change.name())) {
                pending.add(change.name());
            }
        }

        private Input impliedInput(Resource dependent, String path, String why, List<String> ignored) {
            JsonElement value = valueAtPath(dependent, path);
            PropertyChange change = new PropertyChange(path, value, value);
            Verdict verdict = Verdict.of(rules, dependent.type(), path, null, dependent.inputs());
            return new Input(change, verdict, why, isIgnored(path, ignored));
        }

        private Resource diffBefore(Resource current) {
            return diff.changed().stream()
                    .map(ResourceChange::before)
                    .filter(resource -> resource.urn().equals(current.urn()))
                    .findFirst()
                    .orElse(current);
        }

        /** A launch template that changes in place gets a new version, which its users pick up. */
        private static boolean isNewVersion(PlannedChange.Builder change) {
            boolean launchTemplate = change.after != null && LAUNCH_TEMPLATE.equals(change.after.type());
            boolean inputsChange = change.inputs.stream().anyMatch(input -> !input.ignored())
                    || change.implied.stream().anyMatch(input -> !input.ignored());
            return change.action == Action.UPDATE && launchTemplate && inputsChange;
        }

        private List<OutputChange> outputs() {
            Map<String, OutputChange> outputs = new TreeMap<>();
            diff.outputs().forEach(change -> outputs.put(change.path(), new OutputChange(change, "")));
            after.outputs().forEach((name, value) -> {
                if (outputs.containsKey(name)) {
                    return;
                }
                References.in(wrap(value)).stream()
                        .map(reference -> byName.get(reference.resource()))
                        .filter(change -> change != null && change.action == Action.REPLACE)
                        .findFirst()
                        .ifPresent(change -> outputs.put(name,
                                new OutputChange(new PropertyChange(name, value, value), change.name() + " is replaced")));
            });
            return List.copyOf(outputs.values());
        }

        private static JsonElement wrap(JsonElement value) {
            JsonArray array = new JsonArray();
            array.add(value);
            return array;
        }

        /** Why a replaced resource is replaced: its own inputs that force it, then the implied ones. */
        private static String cause(PlannedChange.Builder change) {
            if (change.action != Action.REPLACE) {
                return null;
            }
            if (change.move != null) {
                return change.cause;
            }
            List<String> causes = new ArrayList<>();
            change.inputs.stream().filter(Input::forcesReplacement).forEach(input -> causes.add(input.change().path()));
            change.implied.stream().filter(Input::forcesReplacement)
                    .forEach(input -> causes.add(input.change().path() + " (" + input.why() + ")"));
            return String.join(", ", causes);
        }

        /**
         * The steps from the first resource of the cascade to {@code change}: the root names its
         * cause, each following step the input through which the cascade reached it.
         */
        private List<String> chain(PlannedChange.Builder change, int depth) {
            if (change.via == null || depth > byName.size()) {
                boolean root = change.action == Action.REPLACE;
                return root ? List.of(change.name() + " replaced (" + cause(change) + ")") : List.of();
            }
            List<String> chain = new ArrayList<>(chain(byName.get(change.via), depth + 1));
            chain.add(change.name() + " " + change.action.pastTense() + " because " + change.viaPath + " changes");
            return chain;
        }

        private static List<String> ignoreChanges(Resource resource) {
            JsonElement ignored = resource.options().get("ignoreChanges");
            if (ignored == null || !ignored.isJsonArray()) {
                return List.of();
            }
            List<String> paths = new ArrayList<>();
            ignored.getAsJsonArray().forEach(path -> paths.add(path.getAsString()));
            return paths;
        }

        private static boolean isIgnored(String path, List<String> ignored) {
            String plain = ReplaceRules.schemaPath(path);
            return ignored.stream().anyMatch(rule -> plain.equals(rule) || plain.startsWith(rule + ".") || plain.startsWith(rule + "["));
        }

        /** The value at a property path such as {@code launchTemplate.version} or {@code subnets[1]}. */
        private static JsonElement valueAtPath(Resource resource, String path) {
            String plain = path.endsWith(EmbeddedDocuments.DECODED)
                    ? path.substring(0, path.length() - EmbeddedDocuments.DECODED.length()) : path;
            JsonElement current = resource.inputs();
            for (String part : plain.split("\\.")) {
                String key = part.contains("[") ? part.substring(0, part.indexOf('[')) : part;
                if (current == null || !current.isJsonObject()) {
                    return new JsonPrimitive("(in " + path + ")");
                }
                current = current.getAsJsonObject().get(key);
                for (String index : part.substring(key.length()).replace("]", "").split("\\[")) {
                    if (index.isEmpty()) {
                        continue;
                    }
                    if (current == null || !current.isJsonArray()) {
                        return new JsonPrimitive("(in " + path + ")");
                    }
                    current = current.getAsJsonArray().get(Integer.parseInt(index));
                }
                if (current != null && current.isJsonPrimitive() && current.getAsJsonPrimitive().isString()) {
                    var embedded = EmbeddedDocuments.json(current.getAsString());
                    if (embedded.isPresent()) {
                        current = embedded.get();
                    }
                }
            }
            return current == null ? new JsonPrimitive("(in " + path + ")") : current;
        }
    }
}
