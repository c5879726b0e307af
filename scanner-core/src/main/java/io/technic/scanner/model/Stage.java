package io.technic.scanner.model;

/** Stages of a scan, in order ({@code ALPHA}, the ML forecasts, only when models are configured). */
public enum Stage {
    QUEUED, LOAD, PRESCREEN, INDICATORS, ALPHA, SCORE, RANK, DONE, CANCELLED, FAILED
}
