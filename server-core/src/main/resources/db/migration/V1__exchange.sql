-- Cyclex store, version 1.
-- The journal is the truth: every acknowledged command, in order, in batches of one group commit.
-- The other tables hold the state as of the latest checkpoint, so a restart replays only the journal
-- after it; they are also plain SQL for anyone who wants to look (times are epoch milliseconds, UTC).

CREATE TABLE JOURNAL (
    FIRST_SEQ   BIGINT          NOT NULL PRIMARY KEY,
    LAST_SEQ    BIGINT          NOT NULL,
    COMMANDS    INT             NOT NULL,
    PAYLOAD     VARBINARY(1000000) NOT NULL,
    WRITTEN_AT  BIGINT          NOT NULL
);

CREATE TABLE CHECKPOINT (
    LAST_SEQ       BIGINT NOT NULL PRIMARY KEY,
    CLOCK          BIGINT NOT NULL,
    NEXT_ORDER_ID  BIGINT NOT NULL,
    POSTING_COUNT  BIGINT NOT NULL,
    LEASE_COUNT    BIGINT NOT NULL,
    STATE_HASH     BIGINT NOT NULL,
    TAKEN_AT       BIGINT NOT NULL
);

CREATE TABLE MEMBER (
    ID              BIGINT       NOT NULL PRIMARY KEY,
    NAME            VARCHAR(40)  NOT NULL,
    TOKEN_HASH      VARCHAR(128) NOT NULL,
    STATUS          VARCHAR(16)  NOT NULL,
    DECLARED_CORES  INT          NOT NULL,
    ASK_CORES       BIGINT       NOT NULL,
    LEASED_CORES    BIGINT       NOT NULL,
    JOINED_AT       BIGINT       NOT NULL
);

CREATE TABLE MARKET (
    ID                INT          NOT NULL PRIMARY KEY,
    SYMBOL            VARCHAR(24)  NOT NULL,
    RESOURCE          VARCHAR(16)  NOT NULL,
    DELIVERY          VARCHAR(8)   NOT NULL,
    WINDOW_START      BIGINT       NOT NULL,
    TERM_MINUTES      INT          NOT NULL,
    TICK_SIZE         BIGINT       NOT NULL,
    MIN_UNITS         BIGINT       NOT NULL,
    MAX_UNITS         BIGINT       NOT NULL,
    PRICE_MIN         BIGINT       NOT NULL,
    PRICE_MAX         BIGINT       NOT NULL,
    MAKER_FEE_BPS     INT          NOT NULL,
    TAKER_FEE_BPS     INT          NOT NULL,
    PROTECTION_TICKS  BIGINT       NOT NULL,
    STATUS            VARCHAR(8)   NOT NULL
);

-- Ledger accounts by the ledger's own index: 0 ISSUANCE, 1 FEES, 2 LEASE_ESCROW, then AVAILABLE and HELD per member.
CREATE TABLE ACCOUNT (
    ID         INT         NOT NULL PRIMARY KEY,
    MEMBER_ID  BIGINT,
    KIND       VARCHAR(16) NOT NULL,
    BALANCE    BIGINT      NOT NULL
);

-- PRIORITY is the order's place in its book: bids then asks, best price first, oldest first.
CREATE TABLE OPEN_ORDER (
    ID             BIGINT     NOT NULL PRIMARY KEY,
    MARKET_ID      INT        NOT NULL,
    MEMBER_ID      BIGINT     NOT NULL,
    SIDE           VARCHAR(3) NOT NULL,
    PRICE          BIGINT     NOT NULL,
    OPEN_UNITS     BIGINT     NOT NULL,
    FILLED_UNITS   BIGINT     NOT NULL,
    TIME_IN_FORCE  VARCHAR(3) NOT NULL,
    RESERVE        BIGINT     NOT NULL,
    PRIORITY       INT        NOT NULL
);

CREATE TABLE TRADE (
    ID            BIGINT     NOT NULL PRIMARY KEY,
    MARKET_ID     INT        NOT NULL,
    BID_ORDER_ID  BIGINT     NOT NULL,
    ASK_ORDER_ID  BIGINT     NOT NULL,
    BUYER_ID      BIGINT     NOT NULL,
    SELLER_ID     BIGINT     NOT NULL,
    PRICE         BIGINT     NOT NULL,
    UNITS         BIGINT     NOT NULL,
    AGGRESSOR     VARCHAR(3) NOT NULL,
    TRADED_AT     BIGINT     NOT NULL
);

CREATE TABLE LEASE (
    ID          BIGINT      NOT NULL PRIMARY KEY,
    TRADE_ID    BIGINT      NOT NULL,
    BUYER_ID    BIGINT      NOT NULL,
    SELLER_ID   BIGINT      NOT NULL,
    CORES       BIGINT      NOT NULL,
    START_AT    BIGINT      NOT NULL,
    END_AT      BIGINT      NOT NULL,
    ESCROW      BIGINT      NOT NULL,
    SELLER_FEE  BIGINT      NOT NULL,
    STATE       VARCHAR(10) NOT NULL
);

CREATE INDEX TRADE_BY_MARKET ON TRADE (MARKET_ID, ID);
CREATE INDEX LEASE_BY_BUYER ON LEASE (BUYER_ID);
CREATE INDEX LEASE_BY_SELLER ON LEASE (SELLER_ID);
