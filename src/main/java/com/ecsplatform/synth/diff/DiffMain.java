package com.ecsplatform.synth.diff;

import com.ecsplatform.App;
import com.ecsplatform.config.ConfigException;
import com.ecsplatform.config.RawConfig;
import com.ecsplatform.config.StackFiles;
import com.ecsplatform.synth.Snapshots;

import java.io.FileDescriptor;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Command line that prints the Markdown diff of synth graphs, for reviewers and the pull-request
 * workflow ({@code mvn -B -q compile exec:java@diff -Ddiff.args="..."}):
 *
 * <pre>
 * DiffMain &lt;before.json&gt; &lt;after.json&gt; [--out &lt;file&gt;]
 * DiffMain --git-ref &lt;ref&gt; [&lt;stack&gt;...] [--out &lt;file&gt;]
 * </pre>
 *
 * The second form compares, per stack, the snapshot committed at {@code <ref>}
 * ({@value #SNAPSHOT_DIR}{@code /<stack>.json}; none there counts as an empty stack) with the graph of
 * the stack file in the working tree, synthesized by this command (so a graph left in
 * {@value #SYNTH_DIR} by another branch can never be compared by mistake). Without stack names it
 * compares every stack on either side: the committed stack files, and the snapshots at the ref (a
 * stack whose file this change removes shows as deleted). The report says which commit and stack
 * files each side came from. {@code --out} also writes the Markdown to a file.
 *
 * <p>Exit codes: 0 when the report was printed, whatever it contains; 2 on bad arguments or input,
 * with one line on standard error.
 */
public final class DiffMain {

    /** Exit code of a printed report. */
    public static final int OK = 0;
    /** Exit code of bad arguments or unreadable input. */
    public static final int USAGE = 2;

    static final String SNAPSHOT_DIR = "src/test/resources/snapshots";
    static final String SYNTH_DIR = "target/synth";

    private static final String USAGE_LINE =
            "usage: DiffMain <before.json> <after.json> [--out <file>] | DiffMain --git-ref <ref> [<stack>...] [--out <file>]";
    private static final Pattern STACK_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Path workDir;
    private final CurrentSynth synth;

    private DiffMain(Path workDir, CurrentSynth synth) {
        this.workDir = workDir;
        this.synth = synth;
    }

    /** The current side of {@code --git-ref}: the synth of a stack file in the project directory, as JSON. */
    @FunctionalInterface
    interface CurrentSynth {
        /** @throws ConfigException when the stack file is invalid */
        String json(Path projectDir, String stack);
    }

    /** Runs {@link #run(String[], PrintStream, PrintStream)} on the console and exits with its code. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /**
     * Runs the command in the current directory, which must be the project directory for
     * {@code --git-ref}.
     *
     * @param args the arguments described on the class
     * @param out  receives the Markdown report, or the usage for {@code --help}
     * @param err  receives the one-line error when the exit code is {@link #USAGE}
     * @return {@link #OK} or {@link #USAGE}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Path.of("").toAbsolutePath());
    }

    /** {@link #run(String[], PrintStream, PrintStream)} in {@code workDir} instead of the current directory. */
    static int run(String[] args, PrintStream out, PrintStream err, Path workDir) {
        return run(args, out, err, workDir, Snapshots::render);
    }

    /** {@link #run(String[], PrintStream, PrintStream, Path)} with the current side synthesized by {@code synth}. */
    static int run(String[] args, PrintStream out, PrintStream err, Path workDir, CurrentSynth synth) {
        try {
            Command command = Command.parse(List.of(args));
            if (command instanceof Help) {
                out.println(USAGE_LINE);
                return OK;
            }
            String markdown = new DiffMain(workDir, synth).report(command);
            out.print(markdown);
            out.flush();
            if (command.out().isPresent()) {
                write(workDir.resolve(command.out().get()), markdown);
            }
            return OK;
        } catch (UsageException e) {
            err.println("diff: " + e.getMessage() + "; " + USAGE_LINE);
        } catch (NoSuchFileException e) {
            err.println("diff: no such file: " + e.getFile());
        } catch (IOException | UncheckedIOException | SynthFormatException e) {
            err.println("diff: " + e.getMessage());
        }
        return USAGE;
    }

    private String report(Command command) throws IOException {
        if (command instanceof FilePair pair) {
            return reportFiles(pair);
        }
        if (command instanceof AgainstRef against) {
            return reportAgainstRef(against);
        }
        throw new IllegalStateException("no report for " + command);
    }

    private String reportFiles(FilePair pair) throws IOException {
        SynthGraph before = SynthGraph.read(workDir.resolve(pair.before()));
        SynthGraph after = SynthGraph.read(workDir.resolve(pair.after()));
        String stack = after.stack().isBlank() ? before.stack() : after.stack();
        String basis = "Comparing `" + pair.before() + "` with `" + pair.after() + "`.";
        return MarkdownReport.render(List.of(StackDiff.between(stack, before, after)), basis, Approvals.read(workDir));
    }

    private String reportAgainstRef(AgainstRef against) throws IOException {
        GitSnapshots git = new GitSnapshots(workDir);
        String commit = git.requireCommit(against.ref());
        List<String> committedNow = StackFiles.committed(workDir);
        List<String> stackNames = against.stacks();
        if (stackNames.isEmpty()) {
            // Every stack on either side: a stack file added, kept, or removed by this change.
            var union = new TreeSet<>(committedNow);
            git.list(against.ref(), SNAPSHOT_DIR).stream()
                    .filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .filter(stack -> STACK_NAME.matcher(stack).matches())
                    .forEach(union::add);
            stackNames = List.copyOf(union);
        }
        List<StackDiff> stacks = new ArrayList<>();
        List<String> stackFiles = new ArrayList<>();
        for (String stack : stackNames) {
            boolean hasStackFile = Files.isRegularFile(workDir.resolve(RawConfig.stackFileName(stack)));
            if (!hasStackFile && !against.stacks().isEmpty()) {
                throw new FileNotFoundException(RawConfig.stackFileName(stack) + " does not exist, so there is no"
                        + " current graph of stack " + stack + " to compare");
            }
            SynthGraph after = hasStackFile ? currentSynth(stack) : SynthGraph.empty(App.PROJECT, stack);
            if (hasStackFile) {
                stackFiles.add("`" + RawConfig.stackFileName(stack) + "`");
            }
            SynthGraph before = git.snapshot(against.ref(), stack, after.project());
            stacks.add(StackDiff.between(stack, before, after));
        }
        return MarkdownReport.render(stacks, basis(git, against.ref(), commit, stackFiles), Approvals.read(workDir));
    }

    /** Which commit and files each side came from. */
    private static String basis(GitSnapshots git, String ref, String commit, List<String> stackFiles) throws IOException {
        String before = "Before: the snapshots committed at `" + ref + "` (" + shortId(commit) + "), `"
                + SNAPSHOT_DIR + "/<stack>.json`.";
        String tree = git.head().map(head -> "the working tree at " + shortId(head)
                + (uncommitted(git) ? " with uncommitted changes" : "")).orElse("the working tree");
        String after = "After: synthesized now from " + tree + ": "
                + (stackFiles.isEmpty() ? "no stack files" : String.join(", ", stackFiles)) + ".";
        return before + "\n" + after;
    }

    private static boolean uncommitted(GitSnapshots git) {
        try {
            return git.hasUncommittedChanges();
        } catch (IOException e) {
            return false;
        }
    }

    private static String shortId(String commit) {
        return commit.length() > 12 ? commit.substring(0, 12) : commit;
    }

    /** The stack's graph as the stack file in the working tree gives it now, never a graph left over from an earlier run. */
    private SynthGraph currentSynth(String stack) throws IOException {
        try {
            return SynthGraph.parse(synth.json(workDir, stack));
        } catch (ConfigException invalid) {
            throw new IOException(invalid.getMessage());
        }
    }

    private static void write(Path file, String markdown) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, markdown);
    }

    /** What the arguments ask for. */
    private sealed interface Command permits Help, FilePair, AgainstRef {

        /** @return the file to write the report to, besides standard output */
        Optional<Path> out();

        static Command parse(List<String> args) throws UsageException {
            if (args.contains("--help") || args.contains("-h")) {
                return new Help();
            }
            String ref = null;
            Path out = null;
            List<String> positional = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--git-ref" -> ref = valueOf(args, ++i, arg);
                    case "--out" -> out = Path.of(valueOf(args, ++i, arg));
                    default -> {
                        if (arg.startsWith("-")) {
                            throw new UsageException("unknown option " + arg);
                        }
                        positional.add(arg);
                    }
                }
            }
            return ref == null ? FilePair.of(positional, out) : AgainstRef.of(ref, positional, out);
        }

        private static String valueOf(List<String> args, int index, String option) throws UsageException {
            if (index >= args.size() || args.get(index).startsWith("-")) {
                throw new UsageException(option + " needs a value");
            }
            return args.get(index);
        }
    }

    private record Help() implements Command {

        @Override
        public Optional<Path> out() {
            return Optional.empty();
        }
    }

    private record FilePair(Path before, Path after, Optional<Path> out) implements Command {

        static FilePair of(List<String> files, Path out) throws UsageException {
            if (files.size() != 2) {
                throw new UsageException("expected two synth files, got " + files.size());
            }
            return new FilePair(Path.of(files.get(0)), Path.of(files.get(1)), Optional.ofNullable(out));
        }
    }

    private record AgainstRef(String ref, List<String> stacks, Optional<Path> out) implements Command {

        static AgainstRef of(String ref, List<String> stacks, Path out) throws UsageException {
            for (String stack : stacks) {
                if (!STACK_NAME.matcher(stack).matches()) {
                    throw new UsageException("not a stack name: " + stack);
                }
            }
            return new AgainstRef(ref, stacks.stream().distinct().toList(), Optional.ofNullable(out));
        }
    }

    /** The arguments cannot be carried out; the message is one line. */
    private static final class UsageException extends Exception {

        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
