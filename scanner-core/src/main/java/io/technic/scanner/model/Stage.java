package io.technic.scanner.model;

/** Stages of a scan, in order. */
public enum Stage {
    QUEUED, LOAD, PRESCREEN, INDICATORS, SCORE, RANK, DONE, CANCELLED, FAILED
}
