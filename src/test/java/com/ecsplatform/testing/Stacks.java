package com.ecsplatform.testing;

import com.ecsplatform.config.StackConfigLoader;
import com.ecsplatform.synth.RegisteredResource;
import com.ecsplatform.synth.SynthJson;
import com.ecsplatform.synth.SynthResult;
import com.ecsplatform.synth.Synthesizer;
import com.ecsplatform.synth.diff.SynthGraph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The stack program run under Pulumi's mock engine for a fixture configuration. The dev
 * and prod fixtures are synthesized once per JVM; a fixture with a setting bent is synthesized once
 * per distinct set of values (the graph is immutable, and many tests look at the same variant).
 */
public final class Stacks {

    private static SynthResult dev;
    private static SynthResult prod;
    /** Recent variants by their raw values; bounded, as each graph holds every resource's inputs. */
    private static final Map<Map<String, String>, SynthResult> VARIANTS = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Map<String, String>, SynthResult> eldest) {
            return size() > 32;
        }
    };

    private Stacks() {
    }

    /** The dev fixture's graph. */
    public static synchronized SynthResult dev() {
        if (dev == null) {
            dev = Synthesizer.synthesize(ConfigFixtures.dev());
        }
        return dev;
    }

    /** The prod fixture's graph. */
    public static synchronized SynthResult prod() {
        if (prod == null) {
            prod = Synthesizer.synthesize(ConfigFixtures.prod());
        }
        return prod;
    }

    /** Both fixtures' graphs. */
    public static List<SynthResult> both() {
        return List.of(dev(), prod());
    }

    /** The dev fixture with {@code change} applied to its raw values (e.g. one {@link ConfigFixtures#set}). */
    public static SynthResult devWith(Consumer<Map<String, String>> change) {
        var values = ConfigFixtures.devRaw();
        change.accept(values);
        return variant(values);
    }

    /** The prod fixture with {@code change} applied to its raw values. */
    public static SynthResult prodWith(Consumer<Map<String, String>> change) {
        var values = ConfigFixtures.prodRaw();
        change.accept(values);
        return variant(values);
    }

    private static synchronized SynthResult variant(Map<String, String> values) {
        var key = Map.copyOf(values);
        var graph = VARIANTS.get(key);
        if (graph == null) {
            graph = Synthesizer.synthesize(StackConfigLoader.load(ConfigFixtures.raw(values)));
            VARIANTS.put(key, graph);
        }
        return graph;
    }

    /** {@code result} as the review diff reads it: rendered to the synth's JSON and parsed back. */
    public static SynthGraph graph(SynthResult result) {
        return SynthGraph.parse(SynthJson.render(result));
    }

    /** The single resource of {@code type}; fails when there are none or several. */
    public static RegisteredResource single(SynthResult graph, String type) {
        var matches = graph.ofType(type);
        if (matches.size() != 1) {
            throw new AssertionError("expected exactly one " + type + " in " + graph.stack() + ", found "
                    + matches.stream().map(RegisteredResource::name).toList());
        }
        return matches.get(0);
    }
}
