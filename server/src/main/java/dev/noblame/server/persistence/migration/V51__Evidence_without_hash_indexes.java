package dev.noblame.server.persistence.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Drops the UNIQUE constraints on {@code evidence_entry.hash} and {@code prev_hash}. They
 * guarded against two appends extending one head, which the primary key on {@code sequence}
 * (with the chain's row lock) already refuses; a fork or a rewritten entry is what the
 * verifier finds. The two indexes cost every append two inserts at random places in two
 * B-trees, the largest single cost of report intake. A Java migration because the
 * constraints' names differ between H2 (generated) and PostgreSQL.
 */
public final class V51__Evidence_without_hash_indexes extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        List<String> names = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT tc.constraint_name FROM information_schema.table_constraints tc "
                + "JOIN information_schema.key_column_usage k ON k.constraint_name = tc.constraint_name "
                + "AND k.table_name = tc.table_name AND k.table_schema = tc.table_schema "
                + "WHERE UPPER(tc.table_name) = 'EVIDENCE_ENTRY' AND tc.constraint_type = 'UNIQUE' "
                + "AND UPPER(k.column_name) IN ('HASH', 'PREV_HASH') AND tc.table_schema = CURRENT_SCHEMA")) {
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String name : names.stream().distinct().toList()) {
                s.execute("ALTER TABLE evidence_entry DROP CONSTRAINT \"" + name.replace("\"", "\"\"") + "\"");
            }
        }
    }
}
