package com.ecsplatform.synth;

import com.ecsplatform.config.ConfigException;
import com.ecsplatform.config.RawConfig;
import com.ecsplatform.config.StackFiles;
import com.google.gson.Gson;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code mvn -B -q compile exec:java@stacks}: the committed stacks ({@link StackFiles#committed}), so CI
 * loops over the stack files instead of naming them. {@code names} prints one stack per line;
 * {@code github} prints {@code $GITHUB_OUTPUT} lines with JSON matrices: {@code all}, and per profile
 * {@code dev} and {@code prod}, each entry {@code {"stack","profile","region"}} read from the stack
 * file the way the program reads it. A stack file without a readable profile counts as dev, the
 * profile the program falls back to (its validation fails anyway, in the test job). A second argument
 * names a file to append to instead of printing (Maven may decorate standard output).
 */
public final class StackList {

    private static final Gson GSON = new Gson();
    private static final String PROFILE_KEY = "ecs-platform:profile";
    private static final String REGION_KEY = "aws:region";

    private StackList() {
    }

    public static void main(String[] args) {
        int status;
        if (args.length >= 2 && !args[1].isBlank()) {
            try (var file = new PrintStream(new FileOutputStream(args[1], true), true, StandardCharsets.UTF_8)) {
                status = run(args, Path.of(""), file, System.err);
            } catch (IOException e) {
                System.err.println("Could not write " + args[1] + ": " + e.getMessage());
                status = 1;
            }
        } else {
            status = run(args, Path.of(""), System.out, System.err);
        }
        if (status != 0) {
            System.exit(status);
        }
    }

    /** A stack as CI needs it. */
    record Entry(String stack, String profile, String region) {
    }

    static int run(String[] args, Path projectDir, PrintStream out, PrintStream err) {
        String format = args.length == 0 ? "names" : args[0].trim();
        List<Entry> entries = entries(projectDir);
        switch (format) {
            case "names" -> entries.forEach(entry -> out.println(entry.stack()));
            case "github" -> {
                out.println("all=" + GSON.toJson(entries));
                out.println("dev=" + GSON.toJson(entries.stream().filter(entry -> !entry.profile().equals("prod")).toList()));
                out.println("prod=" + GSON.toJson(entries.stream().filter(entry -> entry.profile().equals("prod")).toList()));
            }
            default -> {
                err.println("usage: mvn -B -q compile exec:java@stacks [-Dstacks.format=names|github]");
                return 2;
            }
        }
        return 0;
    }

    static List<Entry> entries(Path projectDir) {
        var entries = new ArrayList<Entry>();
        for (String stack : StackFiles.committed(projectDir)) {
            Map<String, String> values;
            try {
                values = RawConfig.fromStackFile(projectDir, stack).values();
            } catch (ConfigException unreadable) {
                values = new LinkedHashMap<>();
            }
            String profile = values.getOrDefault(PROFILE_KEY, "").strip();
            entries.add(new Entry(stack, profile.equals("prod") ? "prod" : "dev", values.getOrDefault(REGION_KEY, "").strip()));
        }
        return entries;
    }
}
