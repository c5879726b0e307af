/**
 * The feature engine: fills the {@link io.technic.scanner.model.FeatureSchema} row of each
 * symbol at the as-of bar from the indicator kernels.
 */
package io.technic.scanner.feature;
