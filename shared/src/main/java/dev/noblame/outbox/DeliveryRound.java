package dev.noblame.outbox;

/**
 * What one worker round did. {@code lostClaims} counts outcomes not recorded because the
 * message's lease had run out and another worker claimed it meanwhile (it delivers it again).
 */
public record DeliveryRound(int claimed, int delivered, int retried, int deadLettered, int lostClaims) {
    public DeliveryRound plus(DeliveryRound other) {
        return new DeliveryRound(claimed + other.claimed, delivered + other.delivered, retried + other.retried,
                deadLettered + other.deadLettered, lostClaims + other.lostClaims);
    }

    public boolean idle() {
        return claimed == 0;
    }
}
