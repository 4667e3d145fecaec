package dev.noblame.outbox;

import java.util.random.RandomGenerator;

/** A "random" source that always picks the same end of the range, so backoff delays are exact. */
final class FixedRandom implements RandomGenerator {
    private final boolean highest;

    private FixedRandom(boolean highest) {
        this.highest = highest;
    }

    static FixedRandom highest() {
        return new FixedRandom(true);
    }

    static FixedRandom lowest() {
        return new FixedRandom(false);
    }

    @Override
    public long nextLong() {
        return highest ? Long.MAX_VALUE : 0;
    }

    @Override
    public long nextLong(long bound) {
        return highest ? bound - 1 : 0;
    }
}
