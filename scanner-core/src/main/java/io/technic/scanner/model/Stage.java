package io.technic.scanner.model;

/**
 * Stages of a scan, in order ({@code ALPHA}, the ML forecasts, only when models are configured;
 * {@code REMOTE}, shards computed by remote endpoints — done/total count shards — only when offloaded).
 */
public enum Stage {
    QUEUED, LOAD, PRESCREEN, INDICATORS, ALPHA, SCORE, REMOTE, RANK, DONE, CANCELLED, FAILED
}
