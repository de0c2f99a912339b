package io.clinicflow.localstack;

/** The local stack's command line: {@code [--demo] [--clock-speed N]}. */
record LaunchOptions(boolean demo, double clockSpeed) {

    static LaunchOptions parse(String[] args) {
        boolean demo = false;
        double speed = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--demo" -> demo = true;
                case "--clock-speed" -> speed = speedAt(args, ++i);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; usage: bin/local-stack [--demo] [--clock-speed N]");
            }
        }
        return new LaunchOptions(demo, speed);
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
