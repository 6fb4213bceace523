-- Cyclex store, version 5: a live classroom session's own record, so that a host that stops mid-session (closed or
-- killed) comes back with it. The exchange's journal already keeps the session's orders and trades on the book; these
-- tables keep what only the session knows: its scenario, its periods, who holds which seat, and its trades' values.

-- One row per live session; ENDED once it made way for another, so a restart takes up the newest one not ended.
-- SCENARIO is the scenario written out in its own file format, so the file it came from may change or go.
-- SEQ_FLOOR is above every seq the session has used: it goes on from there after a restart.
CREATE TABLE LIVE_SESSION (
    SYMBOL           VARCHAR(32)  NOT NULL PRIMARY KEY,
    MARKET_ID        INT          NOT NULL,
    SCENARIO         CLOB         NOT NULL,
    SEED             BIGINT       NOT NULL,
    STARTED_AT       BIGINT       NOT NULL,
    PERIOD           INT          NOT NULL,
    PERIOD_OPEN      BOOLEAN      NOT NULL,
    PAUSED           BOOLEAN      NOT NULL,
    PERIOD_START     BIGINT       NOT NULL,
    PERIOD_END       BIGINT       NOT NULL,
    PAUSED_AT        BIGINT       NOT NULL,
    SESSION_TIME     BIGINT       NOT NULL,
    SEQ_FLOOR        BIGINT       NOT NULL,
    ROLES_RESHUFFLED BOOLEAN      NOT NULL,
    ENDED            BOOLEAN      NOT NULL
);

-- Each seat's member on the exchange, and the member holding it (0 and NULL while nobody does).
CREATE TABLE LIVE_SESSION_SEAT (
    SYMBOL      VARCHAR(32)  NOT NULL,
    SEAT        INT          NOT NULL,
    MEMBER_ID   BIGINT       NOT NULL,
    HOLDER_ID   BIGINT       NOT NULL,
    HOLDER_NAME VARCHAR(200),
    PRIMARY KEY (SYMBOL, SEAT)
);

-- Every trade of the session with the induced value and cost of its unit: the periods' figures and the seats'
-- profits are counted again from these.
CREATE TABLE LIVE_SESSION_TRADE (
    SYMBOL      VARCHAR(32)  NOT NULL,
    SEQ         BIGINT       NOT NULL,
    PERIOD      INT          NOT NULL,
    TRADED_AT   BIGINT       NOT NULL,
    BUYER_SEAT  INT          NOT NULL,
    SELLER_SEAT INT          NOT NULL,
    PRICE       BIGINT       NOT NULL,
    UNIT_VALUE  BIGINT       NOT NULL,
    UNIT_COST   BIGINT       NOT NULL,
    AGGRESSOR   VARCHAR(8)   NOT NULL,
    TRADE_ID    BIGINT       NOT NULL,
    PRIMARY KEY (SYMBOL, SEQ)
);
