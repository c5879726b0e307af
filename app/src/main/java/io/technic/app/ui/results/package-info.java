/**
 * The results screen: the ranked table with its columns, filters and score bands
 * ({@link io.technic.app.ui.results.ResultsView} over {@link io.technic.app.ui.results.ResultsViewModel}),
 * the excluded-symbols tab, and the explanation panel ({@link io.technic.app.ui.results.ExplanationViewModel}).
 */
package io.technic.app.ui.results;
