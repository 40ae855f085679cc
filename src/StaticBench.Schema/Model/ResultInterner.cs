using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace StaticBench.Schema.Model;

/// <summary>
/// Shares the strings and small records that repeat across thousands of result files (benchmark names, phases,
/// metrics, units, engines, parameter sets), so a history of 600,000 results holds each once instead of once per
/// result. Safe from several threads; one per history read.
/// </summary>
public sealed class ResultInterner
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<EngineInfo, EngineInfo> _engines = new();
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, ParameterValue>> _parameters = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string, string?, string?, string?), EngineInfo> _enginesByParts = new(EngineComparer.Instance);
    private readonly ConcurrentDictionary<SeriesParts, string> _identities = new(SeriesParts.ByReference);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _stringsBySpan;
    private readonly ConcurrentDictionary<MachineInfo, MachineInfo> _machines = new(MachineComparer.Instance);
    private readonly ConcurrentDictionary<HarnessInfo, HarnessInfo> _harnesses = new();
    private readonly ConcurrentDictionary<ResultHeaderKey, BenchmarkResult> _headers = new();
    private readonly ConcurrentDictionary<BenchmarkResult[], BenchmarkResult[]> _headerLists = new(new SameItems<BenchmarkResult>(ReferenceEqualityComparer.Instance));
    private readonly ConcurrentDictionary<int[], int[]> _starts = new(new SameItems<int>(EqualityComparer<int>.Default));

    public ResultInterner() => _stringsBySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string String(string value) => _strings.GetOrAdd(value, value);

    /// <summary>The shared string equal to <paramref name="value"/>; allocates only the first time a text is seen.</summary>
    public string String(ReadOnlySpan<char> value) =>
        _stringsBySpan.TryGetValue(value, out var known) ? known : String(value.ToString());

    /// <summary>
    /// The shared machine record equal to <paramref name="machine"/>, tools compared by content and order: every run of a machine
    /// describes it the same way, and a 100,000-run history held 100,000 copies.
    /// </summary>
    public MachineInfo Machine(MachineInfo machine) => _machines.GetOrAdd(machine, machine);

    /// <summary>The shared harness record equal to <paramref name="harness"/>.</summary>
    public HarnessInfo Harness(HarnessInfo harness) => _harnesses.GetOrAdd(harness, harness);

    /// <summary>The shared parameter set equal to <paramref name="parameters"/> (same names and canonical values).</summary>
    public IReadOnlyDictionary<string, ParameterValue> Parameters(IReadOnlyDictionary<string, ParameterValue> parameters) =>
        _parameters.GetOrAdd(SeriesKey.FormatParameters(parameters), parameters);

    /// <summary>The shared engine record with these parts, which must be shared through <see cref="String(string)"/> first.</summary>
    public EngineInfo Engine(string name, string? version, string? config, string? flags) =>
        _enginesByParts.GetOrAdd((name, version, config, flags), static parts => new EngineInfo { Name = parts.Item1, Version = parts.Item2, Config = parts.Item3, Flags = parts.Item4 });

    /// <summary>
    /// <c>SeriesKey.Of(machine, result).ToString()</c> as a shared string (equal identities are the same reference),
    /// computed once per combination of shared parts: a file's check that no two of its results measure the same
    /// series would otherwise build this string for every result read.
    /// </summary>
    public string SeriesIdentity(string machine, BenchmarkResult result) =>
        _identities.GetOrAdd(
            SeriesParts.Of(machine, result),
            static (_, state) => state.Interner.String(SeriesKey.Of(state.Machine, state.Result).ToString()),
            (Machine: machine, Result: result, Interner: this));

    /// <summary>Machines equal in every part, their tools (null, or names and versions) compared by content rather than by reference.</summary>
    /// <summary>
    /// <paramref name="result"/>'s header: its parts, shared, with no samples and no summary; one instance for every
    /// result with the same parts, as <see cref="ResultColumns"/> keeps them.
    /// </summary>
    public BenchmarkResult Header(BenchmarkResult result) => Header(
        String(result.Benchmark),
        result.Parameters is { Count: > 0 } parameters ? Parameters(parameters) : result.Parameters,
        result.Engine is { } engine ? _engines.GetOrAdd(engine, engine) : null,
        String(result.Phase),
        String(result.Metric),
        String(result.Unit),
        result.Better,
        result.Exact);

    /// <summary>The shared header of these parts, which must already be the shared instances (<see cref="String(string)"/>, <see cref="Parameters"/>, <see cref="Engine"/>): made only the first time.</summary>
    public BenchmarkResult Header(
        string benchmark, IReadOnlyDictionary<string, ParameterValue>? parameters, EngineInfo? engine, string phase, string metric, string unit, Better better, bool? exact)
    {
        var key = new ResultHeaderKey(benchmark, parameters, engine, phase, metric, unit, better, exact);
        return _headers.TryGetValue(key, out var known)
            ? known
            : _headers.GetOrAdd(key, new BenchmarkResult
            {
                Benchmark = benchmark, Parameters = parameters, Engine = engine, Phase = phase, Metric = metric, Unit = unit, Better = better,
                Exact = exact, Samples = [],
            });
    }

    /// <summary>
    /// The shared array equal to <paramref name="headers"/>, header for header (the same shared instances, <see cref="Header(BenchmarkResult)"/>):
    /// the runs of one suite list the same results in the same order, so a history of 3,000 such runs keeps one list
    /// instead of 3,000, and code that walks every run's headers reads the same few cache lines. Never change the array.
    /// </summary>
    public BenchmarkResult[] Headers(BenchmarkResult[] headers) => _headerLists.GetOrAdd(headers, headers);

    /// <summary>The shared array equal to <paramref name="starts"/>, where each result's samples start in a run's columns: the same in every run that took as many samples of each result. Never change the array.</summary>
    public int[] Starts(int[] starts) => _starts.GetOrAdd(starts, starts);

    /// <summary>Arrays of the same length holding the same items, as <paramref name="items"/> compares them, in the same order.</summary>
    private sealed class SameItems<T>(IEqualityComparer<T> items) : IEqualityComparer<T[]>
    {
        public bool Equals(T[]? x, T[]? y) =>
            x is null || y is null ? ReferenceEquals(x, y) : x.AsSpan().SequenceEqual(y, items);

        public int GetHashCode(T[] array)
        {
            var hash = new HashCode();
            hash.Add(array.Length);
            foreach (var item in array)
            {
                hash.Add(item, items);
            }

            return hash.ToHashCode();
        }
    }

    private sealed class MachineComparer : IEqualityComparer<MachineInfo>
    {
        public static readonly MachineComparer Instance = new();

        /// <summary>Every part of <see cref="MachineInfo"/>: a part added there must be added here.</summary>
        public bool Equals(MachineInfo? x, MachineInfo? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null
                && x.Name == y.Name && x.Os == y.Os && x.Arch == y.Arch && x.Cpu == y.Cpu && x.Kernel == y.Kernel
                && x.Cores == y.Cores && x.MemoryMiB == y.MemoryMiB && SameTools(x.Tools, y.Tools));

        public int GetHashCode(MachineInfo machine) => HashCode.Combine(machine.Name, machine.Os, machine.Arch, machine.Cpu, machine.Kernel, machine.Cores, machine.MemoryMiB, machine.Tools?.Count ?? -1);

        /// <summary>The same names and versions in the same order (the order they were written in is the order they are shown in).</summary>
        private static bool SameTools(IReadOnlyDictionary<string, string>? x, IReadOnlyDictionary<string, string>? y) =>
            x is null || y is null ? x is null && y is null : x.Count == y.Count && x.SequenceEqual(y);
    }

    /// <summary>Compares an engine's parts by reference: they come from this interner, so the same reference means the same text.</summary>
    private sealed class EngineComparer : IEqualityComparer<(string, string?, string?, string?)>
    {
        public static readonly EngineComparer Instance = new();

        public bool Equals((string, string?, string?, string?) x, (string, string?, string?, string?) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2) && ReferenceEquals(x.Item3, y.Item3) && ReferenceEquals(x.Item4, y.Item4);

        public int GetHashCode((string, string?, string?, string?) key) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(key.Item1), RuntimeHelpers.GetHashCode(key.Item2), RuntimeHelpers.GetHashCode(key.Item3), RuntimeHelpers.GetHashCode(key.Item4));
    }
}
