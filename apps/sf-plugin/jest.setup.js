// Every command a test runs adds SIGINT/SIGTERM/SIGHUP handlers to the one jest process (a CLI process runs one
// command and exits); dozens of runs per file are expected here, not a leak.
process.setMaxListeners(50);
