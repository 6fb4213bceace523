package com.cyclex.store;

import com.cyclex.job.JobCode;
import com.cyclex.lease.Job;
import com.cyclex.lease.JobState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Finished jobs in the history slices: the table, and a job to and from one of its rows. */
final class JobRows {
    static final String COLUMNS = "ID, LEASE_ID, BUYER_ID, SELLER_ID, MODULE_HASH, ARGS, INPUT_HASH, STATE, SUBMITTED_AT,"
            + " STARTED_AT, ENDED_AT, OUTCOME, EXIT_CODE, OUTPUT_HASH, OUTPUT_BYTES, STDERR_HASH, CPU_MILLIS, WALL_MILLIS, VERIFY";
    static final String[] SCHEMA = {
        "CREATE TABLE IF NOT EXISTS JOB (ID BIGINT NOT NULL PRIMARY KEY, LEASE_ID BIGINT NOT NULL, BUYER_ID BIGINT NOT NULL,"
                + " SELLER_ID BIGINT NOT NULL, MODULE_HASH VARCHAR(64) NOT NULL, ARGS VARCHAR(1024) NOT NULL,"
                + " INPUT_HASH VARCHAR(64) NOT NULL, STATE VARCHAR(16) NOT NULL, SUBMITTED_AT BIGINT NOT NULL,"
                + " STARTED_AT BIGINT NOT NULL, ENDED_AT BIGINT NOT NULL, OUTCOME INT, EXIT_CODE INT NOT NULL,"
                + " OUTPUT_HASH VARCHAR(64), OUTPUT_BYTES BIGINT NOT NULL, STDERR_HASH VARCHAR(64), CPU_MILLIS BIGINT NOT NULL,"
                + " WALL_MILLIS BIGINT NOT NULL, VERIFY BOOLEAN NOT NULL)",
        "CREATE INDEX IF NOT EXISTS JOB_BY_BUYER ON JOB (BUYER_ID, ID)",
        "CREATE INDEX IF NOT EXISTS JOB_BY_SELLER ON JOB (SELLER_ID, ID)",
    };
    /** A job finishes once, but a restart may hand the writer its event again: the row is merged, not doubled. */
    static final String MERGE = "MERGE INTO JOB (" + COLUMNS + ") KEY (ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Arguments are joined by NUL, which none of them may contain. */
    private static final String SEPARATOR = "\0";

    private JobRows() {
    }

    static void bind(PreparedStatement p, Job j) throws SQLException {
        p.setLong(1, j.id());
        p.setLong(2, j.lease());
        p.setLong(3, j.buyerId());
        p.setLong(4, j.sellerId());
        p.setString(5, j.moduleHash());
        p.setString(6, String.join(SEPARATOR, j.args()));
        p.setString(7, j.inputHash());
        p.setString(8, j.state().name());
        p.setLong(9, j.submittedAt());
        p.setLong(10, j.startedAt());
        p.setLong(11, j.endedAt());
        p.setObject(12, j.outcome() == null ? null : j.outcome().number(), java.sql.Types.INTEGER);
        p.setInt(13, j.exitCode());
        p.setString(14, j.outputHash());
        p.setLong(15, j.outputBytes());
        p.setString(16, j.stderrHash());
        p.setLong(17, j.cpuMillis());
        p.setLong(18, j.wallMillis());
        p.setBoolean(19, j.verify());
    }

    static Job read(ResultSet r) throws SQLException {
        int outcome = r.getInt(12);
        JobCode code = r.wasNull() ? null : JobCode.of(outcome);
        return new Job(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getString(5),
                List.of(r.getString(6).split(SEPARATOR, -1)), r.getString(7), JobState.valueOf(r.getString(8)), r.getLong(9),
                r.getLong(10), r.getLong(11), code, r.getInt(13), r.getString(14), r.getLong(15), r.getString(16),
                r.getLong(17), r.getLong(18), r.getBoolean(19));
    }
}
