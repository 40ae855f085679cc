using System.Collections.Concurrent;
using System.Diagnostics;

namespace StaticBench.Runner.Processes;

/// <summary>
/// Starts every process from one thread that lives as long as this process. bwrap's
/// <c>--die-with-parent</c> is <c>PR_SET_PDEATHSIG</c>, and Linux sends that signal when the
/// <em>thread</em> that forked the child exits, not the process: a sandbox started from a thread-pool
/// thread that exited meanwhile was killed mid-run (exit 137, nothing on stderr; about 1 run in 20 of
/// the bot's end-to-end tests failed so). Started from a thread that never exits, the signal means what
/// <c>--die-with-parent</c> is for: the runner itself died.
/// </summary>
internal static class ProcessStarter
{
    private static readonly BlockingCollection<(Process Process, TaskCompletionSource<long> Started)> Pending = [];

    static ProcessStarter() => new Thread(StartPending) { IsBackground = true, Name = "StaticBench process starter" }.Start();

    /// <summary>Starts <paramref name="process"/>; the result is the <see cref="Stopwatch"/> timestamp taken just before it started.</summary>
    public static Task<long> StartAsync(Process process)
    {
        var started = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        Pending.Add((process, started));
        return started.Task;
    }

    private static void StartPending()
    {
        foreach (var (process, started) in Pending.GetConsumingEnumerable())
        {
            try
            {
                var timestamp = Stopwatch.GetTimestamp();
                process.Start();
                started.SetResult(timestamp);
            }
            catch (Exception e)
            {
                started.SetException(e); // rethrown to the caller, who knows which failures are outcomes
            }
        }
    }
}
