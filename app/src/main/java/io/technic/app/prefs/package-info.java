/** Where the user's settings live, shared by the command line and the workstation (no UI, no engine). */
package io.technic.app.prefs;
