package com.ecsplatform.synth;

import com.ecsplatform.App;
import com.ecsplatform.AwsLookups;
import com.ecsplatform.Lookups;
import com.ecsplatform.config.StackConfig;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.pulumi.Context;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.internal.PulumiTestInternal;

import java.util.Collections;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Runs the real stack program under Pulumi's own mock engine: no network, no credentials, no CLI.
 * The result is the desired resource graph, used by the offline synth and by the tests alike, so
 * what the tests assert is exactly what a reviewer reads in {@code target/synth/<stack>.json}.
 */
public final class Synthesizer {

    private static final Gson GSON = new Gson();

    private Synthesizer() {
    }

    /** Synthesizes {@code config} with the real lookups answered offline. */
    public static SynthResult synthesize(StackConfig config) {
        return synthesize(config, new AwsLookups());
    }

    /**
     * Synthesizes {@code config}. Throws when the program fails; a failed program never yields a
     * partial graph.
     */
    public static SynthResult synthesize(StackConfig config, Lookups lookups) {
        return run(config.stackName(), ctx -> App.stack(ctx, config, lookups));
    }

    /** Runs any program under the mock engine as stack {@code stackName}; the recording is the same. */
    static SynthResult run(String stackName, Consumer<Context> program) {
        var mocks = new OfflineMocks();
        var monitor = new RecordingMonitor[1];
        long started = System.nanoTime();
        try {
            var result = PulumiTestInternal.builder()
                    .options(TestOptions.builder().projectName(App.PROJECT).stackName(stackName).build())
                    .mocks(mocks)
                    .monitorDecorator(ignored -> monitor[0] = new RecordingMonitor(mocks, PulumiTestInternal.mockLog()))
                    .build()
                    .runTest(program)
                    .throwOnError();
            long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
            var outputs = new TreeMap<String, JsonElement>();
            result.outputs().forEach((name, output) -> outputs.put(name, GSON.toJsonTree(PulumiTest.extractValue(output))));
            var resources = monitor[0].registrations().values().stream()
                    .sorted(Comparator.comparing(RegisteredResource::urn))
                    .toList();
            return new SynthResult(App.PROJECT, stackName, Collections.unmodifiableSortedMap(outputs), resources, elapsedMillis);
        } finally {
            PulumiTest.cleanup();
        }
    }
}
