package com.ecsplatform.synth;

import com.ecsplatform.config.ConfigException;
import com.ecsplatform.config.ExamplePlaceholders;
import com.ecsplatform.config.RawConfig;
import com.ecsplatform.config.ServiceRoutingRules;
import com.ecsplatform.config.StackConfig;
import com.ecsplatform.config.StackConfigLoader;
import com.ecsplatform.config.StackFiles;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code mvn -B -q compile exec:java@synth -Dstack=<name>}: validates {@code Pulumi.<name>.yaml}
 * exactly as {@code pulumi up} would, runs the stack under the mock engine, prints a preview-like
 * tree and writes {@code target/synth/<name>.json}. Exit 1 on invalid config (and no JSON), 2 on
 * bad usage (no stack name, or no such stack file), 3 when the program itself fails.
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
        if (!Files.isRegularFile(projectDir.resolve(RawConfig.stackFileName(stack)))) {
            deleteQuietly(jsonFile);
            err.println(missingStackFile(projectDir, stack));
            return 2;
        }
        StackConfig config;
        RawConfig raw;
        try {
            raw = RawConfig.fromStackFile(projectDir, stack);
            config = StackConfigLoader.load(raw);
            if (!raw.encryptedPaths().isEmpty()) {
                out.println(standInNotice(raw));
            }
        } catch (ConfigException invalid) {
            deleteQuietly(jsonFile);
            err.println(invalid.getMessage());
            return 1;
        }
        warnAboutPlaceholders(raw, config, err);
        ServiceRoutingRules.advice(config).forEach(err::println);
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

    /** No stack file: how to make a complete one (the program requires several keys, so copying one is quickest). */
    static String missingStackFile(Path projectDir, String stack) {
        String fileName = RawConfig.stackFileName(stack);
        List<String> existing = StackFiles.committed(projectDir);
        String copyFrom = existing.isEmpty() ? "" : RawConfig.stackFileName(existing.get(0));
        return fileName + " does not exist in " + projectDir.toAbsolutePath().normalize() + ".\n"
                + (existing.isEmpty()
                        ? ""
                        : "Stacks with a stack file here: " + String.join(", ", existing) + ".\n")
                + "To create a complete one, copy an existing stack file and edit what differs (region, vpcCidr,"
                + " profile, domain):\n"
                + (copyFrom.isEmpty() ? "" : "  cp " + copyFrom + " " + fileName + "\n")
                + "or run `pulumi stack init " + stack + "` and set every required key (aws:region, ecs-platform:profile,"
                + " ecs-platform:sshPublicKey, ecs-platform:bastion.allowedCidrs, ecs-platform:service.image) with"
                + " `pulumi config set [--path]`; README.md, \"Adding an environment\", walks through it.";
    }

    /** Said once per run: which values are stand-ins, and which checks therefore wait for the real run. */
    static String standInNotice(RawConfig raw) {
        return "Note: " + RawConfig.stackFileName(raw.stackName()) + " holds encrypted values (secure:) that only the"
                + " Pulumi CLI can decrypt: " + String.join(", ", raw.encryptedPaths()) + ". The synth used"
                + " well-formed stand-ins, shown as [secret]; the checks that need their plaintext (the address, key,"
                + " image or ARN itself) run at pulumi preview. Everything else was validated.";
    }

    private static void deleteQuietly(Path stale) {
        try {
            Files.deleteIfExists(stale);
        } catch (IOException ignored) {
            // Nothing stale to worry about if it cannot even be deleted; the error above says what failed.
        }
    }
}
