package com.ecsplatform.synth;

import com.ecsplatform.config.ConfigException;
import com.ecsplatform.config.ExamplePlaceholders;
import com.ecsplatform.config.RawConfig;
import com.ecsplatform.config.StackConfig;
import com.ecsplatform.config.StackConfigLoader;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code mvn -B -q compile exec:java@synth -Dstack=<name>}: validates {@code Pulumi.<name>.yaml}
 * exactly as {@code pulumi up} would, runs the stack under the mock engine, prints a preview-like
 * tree and writes {@code target/synth/<name>.json}. Exit 1 on invalid config (and no JSON), 2 on
 * bad usage, 3 when the program itself fails.
 */
public final class SynthMain {

    private SynthMain() {
    }

    public static void main(String[] args) {
        int status = run(args, Path.of(""), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The command, with its streams and project directory injectable for tests. */
    public static int run(String[] args, Path projectDir, PrintStream out, PrintStream err) {
        if (args.length != 1 || args[0].isBlank()) {
            err.println("usage: mvn -B -q compile exec:java@synth -Dstack=<stack>   (reads Pulumi.<stack>.yaml)");
            return 2;
        }
        String stack = args[0].trim();
        Path jsonFile = projectDir.resolve("target").resolve("synth").resolve(stack + ".json");
        StackConfig config;
        RawConfig raw;
        try {
            raw = RawConfig.fromStackFile(projectDir, stack);
            config = StackConfigLoader.load(raw);
        } catch (ConfigException invalid) {
            deleteQuietly(jsonFile);
            err.println(invalid.getMessage());
            return 1;
        }
        warnAboutPlaceholders(raw, config, err);
        SynthResult result;
        try {
            result = Synthesizer.synthesize(config);
        } catch (RuntimeException failed) {
            deleteQuietly(jsonFile);
            err.println("The stack program failed under the mock engine: " + failed.getMessage());
            return 3;
        }
        try {
            Files.createDirectories(jsonFile.getParent());
            Files.writeString(jsonFile, SynthJson.render(result), StandardCharsets.UTF_8);
        } catch (IOException io) {
            err.println("Could not write " + jsonFile + ": " + io.getMessage());
            return 3;
        }
        out.print(PreviewTree.render(result));
        out.println("Wrote " + projectDir.resolve("target/synth/" + stack + ".json").normalize());
        return 0;
    }

    /** The examples' placeholders are fine offline; one warning says which keys a real deploy refuses. */
    private static void warnAboutPlaceholders(RawConfig raw, StackConfig config, PrintStream err) {
        var placeholders = ExamplePlaceholders.find(config, raw.secretKeys());
        if (placeholders.isEmpty()) {
            return;
        }
        var warning = new StringBuilder("warning: ").append(raw.stackFile())
                .append(" holds placeholders; the offline synth accepts them, a real deploy refuses them until they are"
                        + " replaced (").append(ExamplePlaceholders.CHECKLIST).append("):");
        placeholders.forEach(placeholder -> warning.append("\n  * ").append(placeholder));
        err.println(warning);
    }

    private static void deleteQuietly(Path stale) {
        try {
            Files.deleteIfExists(stale);
        } catch (IOException ignored) {
            // Nothing stale to worry about if it cannot even be deleted; the error above says what failed.
        }
    }
}
