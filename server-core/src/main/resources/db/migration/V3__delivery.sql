-- Cyclex store, version 3: leases pay their sellers as the term is delivered and can fail with a reason.
-- DELIVERY_RULES: the rules the checkpointed exchange followed (1 paid only at the end of a term; a checkpoint
-- saved before this version followed those).
ALTER TABLE CHECKPOINT ADD COLUMN DELIVERY_RULES INT DEFAULT 1 NOT NULL;

-- What an open lease has delivered so far: paid to the seller (after fees), fee taken, refunded to the buyer,
-- the time paid up to, and why it failed (a lease that failed is no longer open, so ENDING stays null here
-- until leases can be suspended).
ALTER TABLE OPEN_LEASE ADD COLUMN PAID BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE OPEN_LEASE ADD COLUMN FEE_TAKEN BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE OPEN_LEASE ADD COLUMN REFUNDED BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE OPEN_LEASE ADD COLUMN DELIVERED_TO BIGINT;
ALTER TABLE OPEN_LEASE ADD COLUMN ENDING VARCHAR(24);

-- The delivery rules a fresh exchange in this data dir started with: a replay from its first command follows
-- them. A data dir from before version 3 has no row here, and started under rules 1.
CREATE TABLE EXCHANGE_START (
    ID             INT NOT NULL PRIMARY KEY,
    DELIVERY_RULES INT NOT NULL
);
