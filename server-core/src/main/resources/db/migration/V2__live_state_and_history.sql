-- Cyclex store, version 2: the journal moves to append-only files beside the database (journal/), the
-- checkpoint keeps only the live state, and history (trades, leases, the order flow) is kept here for queries
-- and exports. JOURNAL stays only so that a data dir written by version 1 replays its last commands once.

-- HASH_VERSION: 1 for a checkpoint hashed over every lease ever made (version 1), 2 for live state plus the
-- running digest of history. LEASE_COUNT now counts every lease ever made (the next lease id - 1).
ALTER TABLE CHECKPOINT ADD COLUMN HASH_VERSION INT DEFAULT 1 NOT NULL;
ALTER TABLE CHECKPOINT ADD COLUMN HISTORY_DIGEST BIGINT DEFAULT 0 NOT NULL;

-- The leases not yet settled, as of the latest checkpoint, with the trade that made each.
CREATE TABLE OPEN_LEASE (
    ID            BIGINT      NOT NULL PRIMARY KEY,
    MARKET_ID     INT         NOT NULL,
    BID_ORDER_ID  BIGINT      NOT NULL,
    ASK_ORDER_ID  BIGINT      NOT NULL,
    BUYER_ID      BIGINT      NOT NULL,
    SELLER_ID     BIGINT      NOT NULL,
    PRICE         BIGINT      NOT NULL,
    UNITS         BIGINT      NOT NULL,
    AGGRESSOR     VARCHAR(3)  NOT NULL,
    TRADED_AT     BIGINT      NOT NULL,
    CORES         BIGINT      NOT NULL,
    START_AT      BIGINT      NOT NULL,
    END_AT        BIGINT      NOT NULL,
    ESCROW        BIGINT      NOT NULL,
    SELLER_FEE    BIGINT      NOT NULL,
    STATE         VARCHAR(10) NOT NULL
);

-- Answers kept for idempotency keys as of the latest checkpoint, oldest first (SLOT).
CREATE TABLE KEPT_RESULT (
    SLOT          INT          NOT NULL PRIMARY KEY,
    ACTOR         BIGINT       NOT NULL,
    IDEMPOTENCY_KEY VARCHAR(64) NOT NULL,
    KEPT_AT       BIGINT       NOT NULL,
    RESULT_CODE   INT          NOT NULL,
    RESULT_ID     BIGINT       NOT NULL,
    FILLED_UNITS  BIGINT       NOT NULL,
    OPEN_UNITS    BIGINT       NOT NULL
);

-- The order flow: one row each time an order changed (placed, traded, replaced, cancelled, expired), as it
-- stood after the command with sequence number SEQ. CANCEL_REASON says why units left without trading.
CREATE TABLE ORDER_EVENT (
    SEQ            BIGINT     NOT NULL,
    ORDER_ID       BIGINT     NOT NULL,
    MARKET_ID      INT        NOT NULL,
    MEMBER_ID      BIGINT     NOT NULL,
    SIDE           VARCHAR(3) NOT NULL,
    PRICE          BIGINT     NOT NULL,
    OPEN_UNITS     BIGINT     NOT NULL,
    FILLED_UNITS   BIGINT     NOT NULL,
    TIME_IN_FORCE  VARCHAR(3) NOT NULL,
    RESTING        BOOLEAN    NOT NULL,
    CANCEL_REASON  VARCHAR(16),
    EVENT_AT       BIGINT     NOT NULL,
    PRIMARY KEY (SEQ, ORDER_ID)
);
CREATE INDEX ORDER_EVENT_BY_MEMBER ON ORDER_EVENT (MEMBER_ID, EVENT_AT);

-- How far the history tables are written: every event of commands up to LAST_SEQ is in them.
CREATE TABLE HISTORY_MARK (
    ID        INT    NOT NULL PRIMARY KEY,
    LAST_SEQ  BIGINT NOT NULL
);

CREATE INDEX TRADE_BY_BUYER ON TRADE (BUYER_ID, ID);
CREATE INDEX TRADE_BY_SELLER ON TRADE (SELLER_ID, ID);
