package com.ecsplatform.synth.diff;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Blocking changes a reviewer has approved, committed with the change in {@value #FILE}. Each entry
 * names the stack, the resource, the action and the exact input changes that force it (old and new
 * values), so an approval covers that one change and nothing else: a later, different replacement of
 * the same resource blocks again. The file is written by {@code mvn -B -q compile exec:java@approve}
 * and read by the snapshot check and the Markdown report.
 *
 * @param approved the approved changes
 */
public record Approvals(List<Approval> approved) {

    /**
     * Where the file lives, relative to the project directory: beside the snapshots, not among them,
     * since every JSON file there is a stack's snapshot.
     */
    public static final String FILE = "src/test/resources/approved-changes.json";

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    public Approvals {
        approved = approved == null ? List.of() : List.copyOf(approved);
    }

    /**
     * One approved change.
     *
     * @param stack    the stack
     * @param resource the resource's logical name
     * @param type     its type
     * @param action   {@code replace} or {@code delete} (or {@code update} for a possible replacement)
     * @param change   what forces it, as the report prints it
     * @param reason   why it blocks
     */
    public record Approval(String stack, String resource, String type, String action, String change, String reason) {

        public Approval {
            Objects.requireNonNull(stack, "stack");
            Objects.requireNonNull(resource, "resource");
        }

        /** @return the approval that covers a blocking {@code change} of {@code stack} */
        public static Approval of(String stack, PlannedChange change) {
            return new Approval(stack, change.name(), change.type(), change.action().word(), detail(change),
                    change.blocking().orElse(""));
        }

        /** Everything but the reason, which is explanation only. */
        boolean covers(Approval other) {
            return stack.equals(other.stack) && resource.equals(other.resource) && Objects.equals(type, other.type)
                    && Objects.equals(action, other.action) && Objects.equals(change, other.change);
        }
    }

    /** @return what a blocking change consists of: its forcing inputs, the move, or the delete */
    public static String detail(PlannedChange change) {
        if (change.action() == Action.DELETE) {
            return "deleted";
        }
        if (change.move().isPresent()) {
            return change.cause().orElse("moved");
        }
        List<String> forcing = TextReport.forcingInputs(change);
        return forcing.isEmpty() ? String.join("; ", change.maybe()) : String.join("; ", forcing);
    }

    /** @return no approvals */
    public static Approvals none() {
        return new Approvals(List.of());
    }

    /** @return the approvals in {@code projectDir}, or none when the file does not exist */
    public static Approvals read(Path projectDir) throws IOException {
        Path file = projectDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        try {
            Approvals approvals = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Approvals.class);
            return approvals == null ? none() : approvals;
        } catch (JsonParseException e) {
            throw new SynthFormatException(FILE + " is not an approvals file: " + e.getMessage(), e);
        }
    }

    /** Writes the approvals to {@code projectDir}'s file, or removes the file when there are none. */
    public void write(Path projectDir) throws IOException {
        Path file = projectDir.resolve(FILE);
        if (approved.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, GSON.toJson(this) + "\n", StandardCharsets.UTF_8);
    }

    /** @return whether a reviewer approved this blocking change of {@code stack} */
    public boolean covers(String stack, PlannedChange change) {
        Approval wanted = Approval.of(stack, change);
        return approved.stream().anyMatch(approval -> approval.covers(wanted));
    }
}
