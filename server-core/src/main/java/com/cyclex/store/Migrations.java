package com.cyclex.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a database to the newest schema by running the versioned scripts under {@code db/migration}, each
 * once, in order, each in its own transaction. The same scripts generate the typed jOOQ classes, so the code
 * and the tables cannot drift apart.
 */
final class Migrations {
    private static final String DIR = "/db/migration/";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__[A-Za-z0-9_]+\\.sql");

    private Migrations() {
    }

    /** The scripts in order, as the index lists them. */
    static List<String> scripts() {
        String index = resource("index.txt");
        List<String> scripts = new ArrayList<>();
        for (String line : index.split("\n")) {
            if (!line.isBlank()) {
                scripts.add(line.strip());
            }
        }
        return scripts;
    }

    static int version(String script) {
        Matcher m = NAME.matcher(script);
        if (!m.matches()) {
            throw new IllegalStateException("migration " + script + " is not named V<n>__<name>.sql");
        }
        return Integer.parseInt(m.group(1));
    }

    /** Applies what is missing; returns the schema version the database is at afterwards. */
    static int apply(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS SCHEMA_VERSION (VERSION INT PRIMARY KEY, SCRIPT VARCHAR(200) NOT NULL, APPLIED_AT BIGINT NOT NULL)");
        }
        c.commit();
        int current = currentVersion(c);
        boolean fresh = current == 0;
        List<String> scripts = scripts();
        int newest = scripts.isEmpty() ? 0 : version(scripts.get(scripts.size() - 1));
        if (current > newest) {
            throw new StoreException("This data dir was written by a newer Cyclex (schema version " + current
                    + "); this one knows versions up to " + newest + ". Use the newer Cyclex, or another data dir.");
        }
        for (String script : scripts) {
            int version = version(script);
            if (version <= current) {
                continue;
            }
            try (Statement s = c.createStatement()) {
                for (String sql : statements(resource(script))) {
                    s.execute(sql);
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO SCHEMA_VERSION VALUES (?, ?, ?)")) {
                p.setInt(1, version);
                p.setString(2, script);
                p.setLong(3, System.currentTimeMillis());
                p.executeUpdate();
            }
            c.commit();
            current = version;
        }
        if (fresh) {
            // A new data dir: its exchange starts under the rules of this build, and a replay from scratch will too.
            try (PreparedStatement p = c.prepareStatement("INSERT INTO EXCHANGE_START VALUES (1, ?)")) {
                p.setInt(1, com.cyclex.exchange.Exchange.CURRENT_DELIVERY_RULES);
                p.executeUpdate();
            }
            c.commit();
        }
        return current;
    }

    private static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(VERSION), 0) FROM SCHEMA_VERSION")) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Splits a script into statements; our scripts keep semicolons out of comments and strings. */
    static List<String> statements(String script) {
        StringBuilder clean = new StringBuilder();
        for (String line : script.split("\n")) {
            int comment = line.indexOf("--");
            clean.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        List<String> out = new ArrayList<>();
        for (String part : clean.toString().split(";")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("migration resource " + DIR + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DIR + name, e);
        }
    }
}
