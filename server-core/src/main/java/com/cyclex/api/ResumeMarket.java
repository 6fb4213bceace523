package com.cyclex.api;

/** The host resumes trading in a halted market. */
public record ResumeMarket(long actor, int market) implements Command {
}
