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

            argv.AddRange(["--bind", spec.WorkingDirectory, spec.WorkingDirectory, "--chdir", spec.WorkingDirectory, "--"]);
        }

        argv.Add(spec.Program);
        argv.AddRange(spec.Arguments);
        return argv;
    }
}
