namespace StaticBench.Runner.Processes;

/// <summary>
/// How untrusted code is confined: bubblewrap (no network, no capabilities, read-only file system but
/// for the process's working folder, an empty /tmp) inside prlimit (CPU seconds, open files, file size).
/// Built once by <see cref="SandboxDetector"/>, then shared by every sample of a run.
/// </summary>
/// <param name="Bwrap">Path of bwrap, or null to run unsandboxed (the runner says so).</param>
/// <param name="Prlimit">Path of prlimit, or null to run without resource limits.</param>
/// <param name="Note">One line for the user: which sandbox is in use, or why there is none.</param>
public sealed record SandboxPolicy(string? Bwrap, string? Prlimit, string Note)
{
    /// <summary>No confinement: for trusted tools (compilers, version probes) and machines without bwrap.</summary>
    public static SandboxPolicy None { get; } = new(null, null, "unsandboxed");

    /// <summary>Largest file the sandboxed process may write (RLIMIT_FSIZE): AOT artifacts are a few MB.</summary>
    public long MaxFileBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Open file descriptors (RLIMIT_NOFILE).</summary>
    public int MaxOpenFiles { get; init; } = 1024;

    public bool IsSandboxed => Bwrap is not null;

    /// <summary>
    /// Inside the sandbox, the parent of a process whose CPU time is measured. bwrap's own init (PID 1 of
    /// the new PID namespace) is never waited for: bwrap's monitor exits as soon as the init reports the
    /// exit status, so the CPU time of everything inside would never reach the runner (measured: 5 ms
    /// for a process that burned 300 ms). With <c>--as-pid-1</c> the monitor waits for its child, which
    /// is then this shell: it waits for the program (so the program's CPU time adds up into the shell's,
    /// the monitor's, and the runner's) and exits with its status, 128+N for signal N. The program is not
    /// PID 1 itself because PID 1 ignores the signals it sends itself (an <c>abort()</c> would not end it).
    /// <c>"$@"</c> hands over the program and its arguments one by one, unparsed; <c>; exit $?</c> keeps
    /// the shell from replacing itself with the program.
    /// </summary>
    public static IReadOnlyList<string> WaitingParent { get; } = ["/bin/sh", "-c", "\"$@\"; exit $?", "staticbench-wait"];

    /// <summary>
    /// The full argument vector for <paramref name="spec"/>: prlimit, then bwrap, then the program.
    /// RLIMIT_NPROC is deliberately not set: it counts every process of the (shared) real user, and V8
    /// needs threads; the user namespace plus the time limit bound a fork bomb instead.
    /// </summary>
    public IReadOnlyList<string> Wrap(ProcessSpec spec)
    {
        var argv = new List<string>();
        if (Prlimit is not null)
        {
            var cpuSeconds = (long)Math.Ceiling(spec.TimeLimit.TotalSeconds) + 1;
            argv.AddRange([Prlimit, $"--cpu={cpuSeconds}", $"--nofile={MaxOpenFiles}", $"--fsize={MaxFileBytes}"]);
            if (spec.AddressSpaceLimitBytes is { } bytes)
            {
                argv.Add($"--as={bytes}");
            }

            argv.Add("--");
        }

        if (Bwrap is not null)
        {
            argv.AddRange(
            [
                Bwrap, "--unshare-all", "--unshare-user", "--uid", "65534", "--gid", "65534", "--cap-drop", "ALL",
                "--die-with-parent", "--new-session",
                "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--tmpfs", "/tmp",
            ]);
            // Order matters: binds after --tmpfs /tmp, so folders under /tmp stay visible.
            foreach (var path in spec.ReadOnlyPaths.Distinct(StringComparer.Ordinal))
            {
                argv.AddRange(["--ro-bind", path, path]);
            }

            argv.AddRange(["--bind", spec.WorkingDirectory, spec.WorkingDirectory, "--chdir", spec.WorkingDirectory]);
            argv.AddRange(spec.MeasureCpuTime ? ["--as-pid-1", "--", .. WaitingParent] : ["--"]);
        }

        argv.Add(spec.Program);
        argv.AddRange(spec.Arguments);
        return argv;
    }
}
