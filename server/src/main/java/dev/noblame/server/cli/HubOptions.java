package dev.noblame.server.cli;

import dev.noblame.server.config.Settings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that opens the hub's database shares: where the data is and the config file. */
public final class HubOptions {
    @Option(names = "--data", description = "Data directory of the embedded database (default ./noblame-data).")
    Path data;

    @Option(names = "--db", description = "JDBC URL of a PostgreSQL database.")
    String db;

    @Option(names = "--config", description = "YAML configuration file.")
    Path config;

    /** The settings these options select: the config file and environment, with the options on top. */
    public Settings settings() {
        return ServeCommand.settings(config, null, data, db);
    }
}
