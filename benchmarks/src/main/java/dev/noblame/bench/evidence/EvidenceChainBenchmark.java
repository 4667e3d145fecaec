package dev.noblame.bench.evidence;

import dev.noblame.evidence.ChainVerifier;
import dev.noblame.evidence.CheckpointSigner;
import dev.noblame.evidence.EvidenceChain;
import dev.noblame.evidence.EvidenceDraft;
import dev.noblame.evidence.EvidenceEntry;
import dev.noblame.evidence.EvidenceKeys;
import dev.noblame.evidence.EvidenceLog;
import dev.noblame.evidence.Verification;
import dev.noblame.ports.memory.InMemoryCheckpointStore;
import dev.noblame.ports.memory.InMemoryEvidenceStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of the evidence chain itself, without a database: sealing one entry (canonical
 * JSON + SHA-256), signing a checkpoint (Ed25519), and verifying a chain of 100,000 entries
 * with a checkpoint every 1,000 (reported per entry).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar EvidenceChainBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class EvidenceChainBenchmark {
    static final int CHAIN = 100_000;
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private EvidenceEntry head;
    private EvidenceDraft draft;
    private CheckpointSigner signer;
    private ChainVerifier verifier;

    @Setup(Level.Trial)
    public void setUp() {
        draft = new EvidenceDraft("INC-1234", "incident.reported", T0, null, Map.of(
                "kind", "incident", "severity", "SEV2", "service", "checkout", "team", "payments",
                "status", "reported", "reporter", "anonymous"));
        head = EvidenceChain.seal(null, draft, T0);
        signer = new CheckpointSigner(EvidenceKeys.generate());
        InMemoryEvidenceStore entries = new InMemoryEvidenceStore();
        InMemoryCheckpointStore checkpoints = new InMemoryCheckpointStore();
        EvidenceLog log = new EvidenceLog(entries, checkpoints, signer, 1000, Clock.systemUTC());
        for (int i = 0; i < CHAIN; i++) {
            log.append(draft);
        }
        verifier = new ChainVerifier(entries, checkpoints, List.of(signer.publicKey()), ChainVerifier.DEFAULT_PAGE_SIZE);
    }

    @Benchmark
    public EvidenceEntry sealOneEntry() {
        return EvidenceChain.seal(head, draft, T0);
    }

    @Benchmark
    public Object signOneCheckpoint() {
        return signer.sign(42, head.hash(), T0);
    }

    @Benchmark
    @OperationsPerInvocation(CHAIN)
    public Verification verifyPerEntry() {
        Verification result = verifier.verify();
        if (!result.ok()) {
            throw new IllegalStateException(result.summary());
        }
        return result;
    }
}
