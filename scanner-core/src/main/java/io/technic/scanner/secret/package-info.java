/**
 * Credentials: one {@link io.technic.scanner.secret.SecretStore} interface over the operating
 * system's keychain (libsecret's {@code secret-tool} on Linux, {@code security} on macOS) and a
 * fallback of private files (mode 0600, written atomically) in the config directory;
 * {@link io.technic.scanner.secret.Secrets} puts the environment in front of the store. Secret
 * values never appear in a log line, an exception message or {@code toString()}.
 */
package io.technic.scanner.secret;
