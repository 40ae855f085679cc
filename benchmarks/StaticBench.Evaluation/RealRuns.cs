using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StaticBench.Evaluation;

/// <summary>
/// Real measurements on this machine: <c>evaluation/work.c</c> compiled with gcc -O2, each sample a
/// fresh process. Wall time: the program's own monotonic clock around its work loop (<c>base</c>, <c>head</c>);
/// CPU time: its process CPU clock around the same loop (<c>baseCpu</c>, <c>headCpu</c>, from the same
/// processes, so both metrics see the same moments of load; files measured before them have none). Instructions:
/// callgrind's total <c>Ir</c> of the whole process (valgrind --tool=callgrind). Base and head
/// samples are interleaved (ABAB...) so that load changes on the shared machine hit both sides alike,
/// as a careful runner would. Everything goes to real-runs.json (or the file named by <c>--out</c>,
/// e.g. a run under deliberate load), which compare evaluates.
/// </summary>
public static class RealRuns
{
    public const long BaseIterations = 5_000_000;
    public const int Samples = 30;
    public const int AaPairs = 100;
    public const int SlowdownTrials = 100;
    public const long InstructionIterations = 200_000;

    public static void Measure(string folder, TextWriter log, string file = "real-runs.json")
    {
        var exe = Path.Combine(Path.GetTempPath(), $"staticbench-work-{Environment.ProcessId}");
        Run("gcc", $"-O2 -o {exe} {Path.Combine(folder, "work.c")}");
        var root = new JsonObject
        {
            ["machine"] = $"{Environment.MachineName}, {Environment.ProcessorCount} cores, {Cpu()}",
            ["date"] = DateTimeOffset.UtcNow.ToString("u", CultureInfo.InvariantCulture),
            ["program"] = "benchmarks/evaluation/work.c, gcc -O2",
            ["baseIterations"] = BaseIterations,
        };

        var aa = new JsonArray();
        for (var t = 0; t < AaPairs; t++)
        {
            aa.Add(Pair(exe, BaseIterations, BaseIterations));
            if (t % 10 == 9)
            {
                log.WriteLine($"A/A {t + 1}/{AaPairs}");
            }
        }

        root["aa"] = aa;
        var slow = new JsonArray();
        for (var t = 0; t < SlowdownTrials; t++)
        {
            slow.Add(Pair(exe, BaseIterations, BaseIterations * 105 / 100));
            if (t % 10 == 9)
            {
                log.WriteLine($"5% slowdown {t + 1}/{SlowdownTrials}");
            }
        }

        root["slowdown5"] = slow;
        var instructions = new JsonObject();
        var ir = new JsonArray();
        foreach (var percent in new[] { 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 5 })
        {
            var head = InstructionIterations * (100 + percent) / 100;
            ir.Add(new JsonObject
            {
                ["percent"] = percent,
                ["base"] = new JsonArray(Enumerable.Range(0, 3).Select(_ => (JsonNode)Instructions(exe, InstructionIterations)).ToArray()),
                ["head"] = new JsonArray(Enumerable.Range(0, 3).Select(_ => (JsonNode)Instructions(exe, head)).ToArray()),
            });
            log.WriteLine($"instructions +{percent}% done");
        }

        root["instructions"] = ir;
        File.WriteAllText(Path.Combine(folder, file), root.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
        File.Delete(exe);
    }

    private static JsonObject Pair(string exe, long baseIterations, long headIterations)
    {
        var (b, h, bCpu, hCpu) = (new JsonArray(), new JsonArray(), new JsonArray(), new JsonArray());
        for (var i = 0; i < Samples; i++)
        {
            var (wall, cpu) = Times(exe, baseIterations);
            b.Add(wall);
            bCpu.Add(cpu);
            (wall, cpu) = Times(exe, headIterations);
            h.Add(wall);
            hCpu.Add(cpu);
        }

        return new JsonObject { ["base"] = b, ["head"] = h, ["baseCpu"] = bCpu, ["headCpu"] = hCpu };
    }

    /// <summary>work.c prints "WALL_NS CHECKSUM CPU_NS".</summary>
    private static (long Wall, long Cpu) Times(string exe, long iterations)
    {
        var fields = Run(exe, iterations.ToString(CultureInfo.InvariantCulture)).Split(' ', StringSplitOptions.TrimEntries);
        return (long.Parse(fields[0], CultureInfo.InvariantCulture), long.Parse(fields[2], CultureInfo.InvariantCulture));
    }

    private static long Instructions(string exe, long iterations)
    {
        var err = Run("valgrind", $"--tool=callgrind --callgrind-out-file=/dev/null {exe} {iterations}", stderr: true);
        var line = err.Split('\n').First(l => l.Contains("Collected :", StringComparison.Ordinal));
        return long.Parse(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(), CultureInfo.InvariantCulture);
    }

    private static string Run(string file, string arguments, bool stderr = false)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(start)!;
        var errTask = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        var err = errTask.Result;
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} exited {p.ExitCode}: {err}");
        }

        return stderr ? err : output;
    }

    private static string Cpu() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?"
            : "?";
}
