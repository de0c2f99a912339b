package io.clinicflow.localstack;

/** The local stack's command line: {@code [--demo] [--clock-speed N] [--verbose]}. */
record LaunchOptions(boolean demo, double clockSpeed, boolean verbose) {

    /** The demo's pace: one business day every 5 seconds, so day 28 of a healing journey comes after ~2.5 minutes. */
    static final double DEMO_CLOCK_SPEED = 86_400 / 5.0;

    static LaunchOptions parse(String[] args) {
        boolean demo = false;
        boolean verbose = false;
        Double speed = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--demo" -> demo = true;
                case "--verbose" -> verbose = true;
                case "--clock-speed" -> speed = speedAt(args, ++i);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; usage: bin/local-stack [--demo] [--clock-speed N] [--verbose]");
            }
        }
        return new LaunchOptions(demo, speed != null ? speed : demo ? DEMO_CLOCK_SPEED : 1, verbose);
    }

    private static double speedAt(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException("--clock-speed needs a number, e.g. --clock-speed 8640 (1 day = 10 s)");
        }
        double speed = Double.parseDouble(args[index]);
        if (speed <= 0) {
            throw new IllegalArgumentException("--clock-speed must be positive, was " + args[index]);
        }
        return speed;
    }
}
