package dev.dossier.bench;

import dev.dossier.bench.BenchOptions.UsageException;
import java.util.List;

/**
 * The command line the labelled-set evaluators share: {@code --set NAME}, one of their sets or
 * {@code all} (the default), and one switch of their own ({@code --errors}, {@code --list},
 * {@code --sweep}).
 *
 * @param set the chosen set's name, or {@code all}
 * @param switched whether the evaluator's switch was given
 */
record SetChoice(String set, boolean switched) {

    static final String ALL = "all";

    /**
     * The choice in {@code args}; throws {@link UsageException} naming the problem.
     *
     * @param flag the evaluator's switch, such as {@code --list}
     * @param sets the evaluator's set names, in the order its usage lists them
     */
    static SetChoice parse(String[] args, String flag, List<String> sets) {
        String set = ALL;
        boolean switched = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--set")) {
                set = AttributionOptions.value(args, ++i, "--set");
            } else if (args[i].equals(flag)) {
                switched = true;
            } else {
                throw new UsageException("unknown option '" + args[i] + "'");
            }
        }
        if (!set.equals(ALL) && !sets.contains(set)) {
            throw new UsageException("unknown set '" + set + "': " + String.join(", ", sets) + " or " + ALL);
        }
        return new SetChoice(set, switched);
    }

    /** Whether the set named {@code name} is to be evaluated. */
    boolean includes(String name) {
        return set.equals(ALL) || set.equals(name);
    }

    /** Whether the one set named {@code name} was asked for by name (its absence is then an error, not a note). */
    boolean only(String name) {
        return set.equals(name);
    }
}
