package com.ecsplatform.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A {@code pulumi preview}-like text view of a synth: the URN tree, the outputs and a summary. */
public final class PreviewTree {

    private PreviewTree() {
    }

    /** The text for {@code result}. */
    public static String render(SynthResult result) {
        var text = new StringBuilder();
        text.append("Offline synth of ").append(result.project()).append('/').append(result.stack())
                .append(" (Pulumi mock engine: no cloud calls, no credentials)\n\n");
        text.append(String.format("     %-70s %s%n", "Type", "Name"));
        var children = new TreeMap<String, List<RegisteredResource>>();
        RegisteredResource root = null;
        for (var resource : result.resources()) {
            if (resource.parent() == null) {
                root = resource;
            } else {
                children.computeIfAbsent(resource.parent(), key -> new ArrayList<>()).add(resource);
            }
        }
        if (root != null) {
            text.append(String.format(" +   %-70s %s%n", root.type(), root.name()));
            appendChildren(text, root, children, "");
        }
        text.append("\nOutputs:\n");
        result.outputs().forEach((name, value) -> text.append("    ").append(name).append(": ").append(value).append('\n'));
        long toCreate = result.resources().stream().filter(r -> r.parent() != null).count();
        text.append("\nResources:\n    + ").append(toCreate).append(" to create\n");
        Map<String, Long> byType = result.resources().stream()
                .filter(RegisteredResource::custom)
                .collect(Collectors.groupingBy(RegisteredResource::type, TreeMap::new, Collectors.counting()));
        byType.forEach((type, count) -> text.append(String.format("      %3d %s%n", count, type)));
        text.append("\nProgram evaluated in ").append(result.elapsedMillis()).append(" ms\n");
        return text.toString();
    }

    private static void appendChildren(StringBuilder text, RegisteredResource parent,
                                       Map<String, List<RegisteredResource>> children, String indent) {
        var mine = children.getOrDefault(parent.urn(), List.of());
        for (int i = 0; i < mine.size(); i++) {
            boolean last = i == mine.size() - 1;
            var resource = mine.get(i);
            String label = indent + (last ? "└─ " : "├─ ") + resource.type();
            text.append(String.format(" +   %-70s %s%n", label, resource.name()));
            appendChildren(text, resource, children, indent + (last ? "   " : "│  "));
        }
    }
}
