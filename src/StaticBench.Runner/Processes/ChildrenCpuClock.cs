using System.Runtime.InteropServices;

namespace StaticBench.Runner.Processes;

/// <summary>
/// CPU time (user + system, µs resolution) of every child this process has reaped so far:
/// <c>getrusage(RUSAGE_CHILDREN)</c>. A child's total includes its own descendants that it waited for, so
/// the difference across one child's run, when no other child is reaped meanwhile, is that process
/// tree's CPU time (<see cref="ChildProcessGate"/> makes sure of the "no other").
/// </summary>
/// <remarks>
/// .NET's <c>Process</c> reaps its children itself, so <c>wait4</c>'s per-child usage is not available,
/// and once reaped a child's <c>/proc/PID/stat</c> is gone; this running total is what is left. Not
/// <c>CLOCK_PROCESS_CPUTIME_ID</c>-style clocks either: the sandbox's <c>prlimit --cpu</c> makes those
/// tick-coarse (docs/runner.md, "Two clocks"), while rusage stays exact.
/// </remarks>
internal static class ChildrenCpuClock
{
    private const int RusageChildren = -1;

    /// <summary>The running total, or null where it cannot be read (not 64-bit Linux).</summary>
    public static TimeSpan? Read()
    {
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess || GetRusage(RusageChildren, out var usage) != 0)
        {
            return null;
        }

        return TimeSpan.FromMicroseconds((usage.UserSeconds + usage.SystemSeconds) * 1_000_000.0 + usage.UserMicroseconds + usage.SystemMicroseconds);
    }

    /// <summary><c>struct rusage</c> on 64-bit Linux: two <c>timeval</c>s, then 14 longs not read here (144 bytes in all).</summary>
    [StructLayout(LayoutKind.Sequential, Size = 144)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
    }

    // DllImport rather than LibraryImport, whose generated code would need unsafe blocks in this project.
    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRusage(int who, out Rusage usage);
}
