package dev.noblame.server.cli;

import dev.noblame.evidence.EvidenceKeys;
import dev.noblame.evidence.Verification;
import dev.noblame.server.Hub;
import dev.noblame.server.config.ConfigException;
import dev.noblame.server.config.ServerSettings;
import dev.noblame.server.config.Settings;
import dev.noblame.server.evidence.Evidence;
import dev.noblame.server.persistence.Database;
import dev.noblame.server.persistence.JdbiCheckpointStore;
import dev.noblame.server.persistence.JdbiEvidenceStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evidence", mixinStandardHelpOptions = true, description = "Work with the evidence chain.",
        subcommands = {EvidenceCommand.Verify.class})
public final class EvidenceCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check every entry's hash and link and every signed checkpoint; name the first break. "
                    + "Exit 0 when intact, 1 when broken, 2 on bad input.")
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--data", description = "Data directory of the embedded database (default ./noblame-data).")
        Path data;

        @Option(names = "--db", description = "JDBC URL of a PostgreSQL database.")
        String db;

        @Option(names = "--config", description = "YAML configuration file.")
        Path config;

        @Option(names = "--key", description = "Public key (PEM) trusted for checkpoints; default: the key under the data "
                + "directory or evidence.key_dir.")
        List<Path> keys;

        @Override
        public Integer call() {
            Settings settings = ServeCommand.settings(config, null, data, db);
            ServerSettings server = ServerSettings.from(settings);
            if (server.dbUrl().isEmpty() && !Files.exists(server.dataDir().resolve("noblame.mv.db"))) {
                throw new ConfigException("no NoBlame database in " + server.dataDir().toAbsolutePath()
                        + " (give --data DIR or --db JDBC_URL)");
            }
            Path keyDir = Hub.keyDir(settings, server);
            List<PublicKey> trusted = new ArrayList<>();
            if (keys != null) {
                keys.forEach(k -> trusted.add(EvidenceKeys.loadPublicKey(k)));
            } else if (Files.isDirectory(keyDir)) {
                // Retired keys too: checkpoints signed before a key rotation must still verify.
                trusted.addAll(EvidenceKeys.trustedPublicKeys(keyDir));
            }
            try (Database database = Database.open(server)) {
                var tx = database.transactions();
                Verification v = Evidence.verifier(new JdbiEvidenceStore(tx), new JdbiCheckpointStore(tx), trusted).verify();
                if (v.ok()) {
                    spec.commandLine().getOut().println(v.summary());
                    if (trusted.isEmpty()) {
                        spec.commandLine().getErr().println("note: no public key found, so checkpoints could not be trusted; "
                                + "pass --key FILE");
                    }
                    return 0;
                }
                spec.commandLine().getOut().println(v.summary());
                if (trusted.isEmpty()) {
                    // Without a key every checkpoint looks forged; say so rather than leave a false alarm unexplained.
                    spec.commandLine().getErr().println("note: no evidence public key found in " + keyDir.toAbsolutePath()
                            + ", so checkpoints cannot be trusted; pass --key FILE or --data DIR");
                }
                return 1;
            }
        }
    }
}
