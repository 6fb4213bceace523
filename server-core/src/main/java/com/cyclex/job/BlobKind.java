package com.cyclex.job;

/** What a blob holds; each kind has its own size limit in {@link JobLimits}. */
public enum BlobKind {
    MODULE,
    INPUT,
    OUTPUT
}
