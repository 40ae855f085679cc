using System.Diagnostics;
using StaticBench.Runner.Processes;
using StaticBench.Testing;
using StaticBench.Testing.Engines;

namespace StaticBench.Runner.Tests.Processes;

/// <summary>
/// The CPU time of a whole process tree, as the runner reads it for engines timed from outside: real
/// processes in the real sandbox, burning or sleeping for known amounts.
/// </summary>
[Trait("Category", "Engine")]
public class ChildCpuTimeTests
{
    private static readonly TimeSpan Burn = TimeSpan.FromMilliseconds(300);

    /// <summary>A node process that runs until its own CPU clock (all threads, since start) reads <paramref name="cpu"/>.</summary>
    private static string[] Burner(TimeSpan cpu) =>
        ["-e", $"let u; do {{ u = process.cpuUsage(); }} while (u.user + u.system < {cpu.TotalMicroseconds:0});"];

    private static async Task<ProcessRunner> SandboxAsync() => new(await SandboxDetector.DetectAsync());

    [EngineFact("node", "sleep")]
    public async Task A_process_that_burns_a_known_amount_of_cpu_reads_that_amount_and_one_that_sleeps_reads_almost_none()
    {
        // Given the sandboxed runner and a folder
        var runner = await SandboxAsync();
        using var work = new TempDirectory();

        // When a burner and a sleeper run, asking for their CPU time
        var burner = await runner.RunAsync(new ProcessSpec(ExecutableFinder.Find("node")!, Burner(Burn), work.Path, TimeSpan.FromSeconds(30)) { MeasureCpuTime = true });
        var sleeper = await runner.RunAsync(new ProcessSpec(ExecutableFinder.Find("sleep")!, ["0.5"], work.Path, TimeSpan.FromSeconds(30)) { MeasureCpuTime = true });

        // Then the burner's CPU time is what it burned plus start-up (node's and the sandbox's), and the sleeper's is close to 0
        burner.Succeeded.ShouldBeTrue(burner.Stderr);
        burner.CpuTime.ShouldNotBeNull().ShouldBeInRange(Burn, Burn + TimeSpan.FromMilliseconds(250));
        sleeper.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(500));
        sleeper.CpuTime.ShouldNotBeNull().ShouldBeLessThan(TimeSpan.FromMilliseconds(50));
    }

    [EngineFact("node", "sh")]
    public async Task The_cpu_time_of_children_the_process_waits_for_is_counted()
    {
        // Given a shell that starts two burners at once and waits for both
        var runner = await SandboxAsync();
        using var work = new TempDirectory();
        var script = $"node {string.Join(' ', Burner(Burn).Select(a => $"'{a}'"))} & node {string.Join(' ', Burner(Burn).Select(a => $"'{a}'"))} & wait";

        // When it runs
        var outcome = await runner.RunAsync(new ProcessSpec(ExecutableFinder.Find("sh")!, ["-c", script], work.Path, TimeSpan.FromSeconds(30)) { MeasureCpuTime = true });

        // Then both burners are in its CPU time
        outcome.Succeeded.ShouldBeTrue(outcome.Stderr);
        outcome.CpuTime.ShouldNotBeNull().ShouldBeInRange(2 * Burn, 2 * Burn + TimeSpan.FromMilliseconds(400));
    }

    [EngineFact("node", "sleep")]
    public async Task A_measured_process_waits_for_the_other_children_so_their_cpu_time_is_never_counted_as_its_own()
    {
        // Given a burner already running, not measured: a trusted tool, unsandboxed, so its CPU time reaches the runner's clock
        var runner = await SandboxAsync();
        using var work = new TempDirectory();
        var clock = Stopwatch.StartNew();
        var burning = ProcessRunner.Trusted.RunAsync(new ProcessSpec(ExecutableFinder.Find("node")!, Burner(Burn), work.Path, TimeSpan.FromSeconds(30)));
        await Task.Delay(100);

        // When a measured sleeper is started while it burns (without the gate, the burner would be reaped during the sleep)
        var sleeper = await runner.RunAsync(new ProcessSpec(ExecutableFinder.Find("sleep")!, ["0.5"], work.Path, TimeSpan.FromSeconds(30)) { MeasureCpuTime = true });
        var burner = await burning;

        // Then the sleeper's CPU time is its own, and the burner was measured by nobody
        burner.Succeeded.ShouldBeTrue(burner.Stderr);
        burner.CpuTime.ShouldBeNull();
        sleeper.CpuTime.ShouldNotBeNull().ShouldBeLessThan(TimeSpan.FromMilliseconds(50));
        clock.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(500));
    }
}
