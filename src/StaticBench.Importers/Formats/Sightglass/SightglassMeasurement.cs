using StaticBench.Importers.Reading;
using StaticBench.Schema.Model;

namespace StaticBench.Importers.Formats.Sightglass;

/// <summary>
/// One row of sightglass-cli's output (its <c>sightglass_data::Measurement</c>): the engine library and
/// its flags, the Wasm file, the phase, the event and its count, for one iteration of one process. Each
/// row is one sample; <c>arch</c>, <c>process</c> and <c>iteration</c> say where it was taken and are not kept.
/// </summary>
public sealed record SightglassMeasurement(string Engine, string? Flags, string Wasm, string Phase, string Event, double Count, string File, string Position)
{
    /// <summary>The CSV columns in the order sightglass writes them: before <c>engine_flags</c> existed, and since.</summary>
    public static readonly string[] Columns = ["arch", "engine", "wasm", "process", "iteration", "phase", "event", "count"];

    public static readonly string[] ColumnsWithFlags = ["arch", "engine", "engine_flags", "wasm", "process", "iteration", "phase", "event", "count"];

    /// <summary>Adds this row's count as one sample of its series, under <paramref name="engineName"/>; the engine's flags keep configurations apart.</summary>
    public void AddTo(ResultCollector collector, string engineName) =>
        collector.Add(
            BenchmarkName.Plain(BenchmarkOf(Wasm)),
            new EngineInfo { Name = engineName, Flags = string.IsNullOrWhiteSpace(Flags) ? null : Flags },
            new Measure(PhaseOf(), MetricOf(Event), UnitOf(Event)),
            Count);

    /// <summary>
    /// <c>benchmarks/noop/benchmark.wasm</c> (or <c>../../benchmarks/noop/benchmark.wasm</c>) → <c>noop</c>,
    /// <c>benchmarks/libsodium/libsodium-box.wasm</c> → <c>libsodium/libsodium-box</c>: the path inside sightglass's
    /// <c>benchmarks/</c> folder, without the file name when it is the conventional <c>benchmark.wasm</c>. Any
    /// other path is kept, less its <c>.wasm</c>.
    /// </summary>
    public static string BenchmarkOf(string wasm)
    {
        var path = wasm.Replace('\\', '/');
        var folder = path.LastIndexOf("benchmarks/", StringComparison.Ordinal);
        path = folder == 0 || folder > 0 && path[folder - 1] == '/' ? path[(folder + "benchmarks/".Length)..] : path;
        return path.EndsWith("/benchmark.wasm", StringComparison.Ordinal) ? path[..^"/benchmark.wasm".Length]
            : path.EndsWith(".wasm", StringComparison.Ordinal) ? path[..^".wasm".Length]
            : path;
    }

    private string PhaseOf() => Phase switch
    {
        "Compilation" => "compile",
        "Instantiation" => "instantiate",
        "Execution" => "execute",
        _ => throw new ImportException(File, Position, $"expected phase Compilation, Instantiation or Execution, found \"{Phase}\""),
    };

    /// <summary><c>nanoseconds</c> is wall time; <c>instructions-retired</c> is the project's <c>instructions</c>; other events keep their name.</summary>
    private static string MetricOf(string @event) => @event switch
    {
        "nanoseconds" => "wall-time",
        "instructions-retired" => "instructions",
        _ => @event,
    };

    private static string UnitOf(string @event) => @event == "nanoseconds" ? "ns" : "count";
}
