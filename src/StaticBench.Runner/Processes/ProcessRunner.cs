using System.Diagnostics;

namespace StaticBench.Runner.Processes;

/// <summary>
/// The one place that starts processes: an empty environment plus PATH/HOME/LANG (no token ever leaks
/// into a benchmark), arguments passed one by one, the sandbox and limits of its <see cref="SandboxPolicy"/>,
/// and the time limit, past which the whole process tree is killed.
/// </summary>
public sealed class ProcessRunner(SandboxPolicy policy) : IProcessRunner
{
    private const string SafePath = "/usr/local/bin:/usr/bin:/bin";

    /// <summary>For trusted tools (compilers, version probes): same hygiene, no sandbox.</summary>
    public static ProcessRunner Trusted { get; } = new(SandboxPolicy.None);

    public SandboxPolicy Policy { get; } = policy;

    public bool Sandboxed => Policy.IsSandboxed;

    public async Task<ProcessOutcome> RunAsync(ProcessSpec spec, CancellationToken cancellationToken = default)
    {
        var argv = Policy.Wrap(spec);
        var start = new ProcessStartInfo(argv[0])
        {
            WorkingDirectory = spec.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in argv.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        start.Environment["PATH"] = SafePath;
        start.Environment["HOME"] = "/tmp";
        start.Environment["LANG"] = "C";
        foreach (var (key, value) in spec.Environment)
        {
            start.Environment[key] = value;
        }

        // A measured child runs alone, so the children's CPU clock moves for it only (ChildProcessGate).
        using var turn = await ChildProcessGate.Children.EnterAsync(spec.MeasureCpuTime, cancellationToken);
        var cpuBefore = spec.MeasureCpuTime ? ChildrenCpuClock.Read() : null;
        using var process = new Process { StartInfo = start };
        long started;
        try
        {
            started = await ProcessStarter.StartAsync(process);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            // Not there or not executable: the same "exit 127" a shell would give, as an outcome, not a crash.
            return new ProcessOutcome(127, "", $"cannot start {argv[0]}: {e.Message}", TimeSpan.Zero, false);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(spec.TimeLimit);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            timedOut = !cancellationToken.IsCancellationRequested;
            Kill(process);
            await process.WaitForExitAsync(CancellationToken.None);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        // Exited means reaped by .NET, so the child's usage is in the clock now.
        var cpu = ChildrenCpuClock.Read() - cpuBefore;
        cancellationToken.ThrowIfCancellationRequested();
        return new ProcessOutcome(process.ExitCode, await stdout, await stderr, elapsed, timedOut) { CpuTime = cpu };
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited between the time limit and the kill.
        }
    }
}
