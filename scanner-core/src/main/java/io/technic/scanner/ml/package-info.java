/**
 * ML alpha forecasts: the training data set (the scan's own feature rows at every date, labelled
 * with the forward return in excess of the index), walk-forward validation with a purge gap,
 * rank-IC metrics, XGBoost4J training with early stopping, model artifacts with metadata, and
 * batch inference over a whole universe ({@link io.technic.scanner.ml.AlphaModel}).
 */
package io.technic.scanner.ml;
