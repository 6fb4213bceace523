-- Cyclex store, version 6: what a live session's learning robots (ZIP) have learned, so that a restart takes them
-- up where they were instead of starting them afresh. One line per robot that learns: its seat's index, a space,
-- and the robot's own text (see RobotTrader.learned); NULL when none does.
ALTER TABLE LIVE_SESSION ADD COLUMN ROBOT_LEARNING VARCHAR(100000);
