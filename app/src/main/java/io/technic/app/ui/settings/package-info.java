/**
 * Settings and persistence: {@link io.technic.app.ui.settings.SettingsViewModel} (theme, threads,
 * folders; later issues' settings shown disabled) and {@link io.technic.app.ui.settings.WorkspaceStore},
 * which keeps window layout, columns, the last scan form and the theme in the user's config directory.
 */
package io.technic.app.ui.settings;
