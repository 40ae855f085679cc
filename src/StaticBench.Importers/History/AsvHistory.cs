using StaticBench.Schema.Units;
using StaticBench.Importers.Reading;
using StaticBench.Schema.Model;

namespace StaticBench.Importers.History;

/// <summary>
/// asv's results folder: <c>benchmarks.json</c> (each benchmark's type, unit and parameter names) and
/// <c>MACHINE/machine.json</c> plus one <c>MACHINE/COMMIT-ENV.json</c> per commit and environment
/// (result format version 2, asv's developer docs). Each result file becomes one run. A benchmark's
/// <c>result</c> and <c>samples</c> are lists over the cartesian product of its <c>params</c> (last
/// parameter fastest); each combination is one result, its samples those asv stored
/// (<c>--record-samples</c>), else its one summarized value. <c>null</c> (failed) and <c>NaN</c>
/// (skipped) combinations are skipped. The environment (<c>env_name</c>) is the engine's configuration,
/// so results from different environments stay in different series.
/// </summary>
public static class AsvHistory
{
    /// <param name="files">Every file of the results folder, with paths relative to it (<c>benchmarks.json</c>, <c>MACHINE/...</c>).</param>
    /// <param name="options">Machine name override, repository, branch.</param>
    /// <param name="skipped">Receives each combination left out, with why.</param>
    public static IReadOnlyList<RunResult> Read(IReadOnlyList<ImportSource> files, HistoryOptions options, ICollection<SkippedRow>? skipped = null)
    {
        var byPath = files.ToDictionary(f => f.Path.Replace('\\', '/'), StringComparer.Ordinal);
        var benchmarks = byPath.TryGetValue("benchmarks.json", out var index) ? Parse(index) : (JsonCursor?)null;
        var runs = new List<RunResult>();
        foreach (var (path, file) in byPath.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var parts = path.Split('/');
            if (parts.Length != 2 || !path.EndsWith(".json", StringComparison.Ordinal) || parts[1] == "machine.json")
            {
                continue;
            }

            var machineFile = byPath.GetValueOrDefault($"{parts[0]}/machine.json");
            var machine = Machine(options.Machine ?? parts[0], machineFile is null ? null : Parse(machineFile));
            runs.Add(ReadRun(Parse(file), benchmarks, machine, options, skipped));
        }

        return runs.Count > 0 ? CommitChain.Link(runs) : throw new ImportException("results folder", "$", "expected MACHINE/COMMIT-ENV.json result files (asv's results folder)");
    }

    private static RunResult ReadRun(JsonCursor root, JsonCursor? benchmarks, MachineInfo machine, HistoryOptions options, ICollection<SkippedRow>? skipped)
    {
        var columns = root.Optional("result_columns")?.Items().Select(c => c.String()).ToArray()
            ?? throw root.Expected("a result file of format version 2 (with result_columns)");
        var env = root.Optional("env_name")?.String() ?? "default";
        var commit = root["commit_hash"].String();
        var commitTime = DateTimeOffset.FromUnixTimeMilliseconds((long)root["date"].Number());
        var python = root.Optional("python")?.Text();
        var collector = new ResultCollector();
        DateTimeOffset? started = null;
        foreach (var (name, row) in root["results"].Members())
        {
            var values = row.Items().ToArray();
            JsonCursor? Column(string column) => Array.IndexOf(columns, column) is var i and >= 0 && i < values.Length && values[i].Kind != System.Text.Json.JsonValueKind.Null ? values[i] : null;
            if (Column("started_at") is { } at)
            {
                var when = DateTimeOffset.FromUnixTimeMilliseconds((long)at.Number());
                started = started is null || when < started ? when : started;
            }

            var info = benchmarks?.Optional(name);
            var measure = MeasureOf(name, info);
            var combinations = AsvParameters.Combinations(Column("params"), info);
            var results = Column("result")?.Items().ToArray() ?? [];
            var samples = Column("samples")?.Items().ToArray();
            for (var i = 0; i < results.Length; i++)
            {
                var parameters = i < combinations.Count ? combinations[i] : new Dictionary<string, ParameterValue>();
                if (results[i].Kind != System.Text.Json.JsonValueKind.Number)
                {
                    skipped?.Add(new SkippedRow(row.File, $"{results[i].Path}", $"{name} {SeriesKey.FormatParameters(parameters)}: failed or skipped in asv (null or NaN)"));
                    continue;
                }

                var stored = samples is not null && i < samples.Length && samples[i].Kind == System.Text.Json.JsonValueKind.Array
                    ? samples[i].Items().Where(s => s.Kind == System.Text.Json.JsonValueKind.Number).Select(s => s.Number()).ToArray()
                    : [];
                collector.Add(new BenchmarkName(name, parameters), measure, stored.Length > 0 ? stored : [results[i].Number()]);
            }
        }

        var imported = collector.Build(new HarnessInfo { Name = "asv", Version = root.Optional("version")?.Text() ?? "2" });
        var engine = new EngineInfo { Name = "python", Version = python, Config = env };
        imported = imported with { Results = [.. imported.Results.Select(r => r with { Engine = engine })] };
        var runStarted = started ?? commitTime;
        return ImportedRun.Create(
            imported,
            new ProjectInfo
            {
                Repository = options.Repository ?? "unknown",
                Commit = commit,
                Branch = options.Branch,
                CommitTime = commitTime,
                Subject = CommitId.Short(commit),
                Parents = [],
            },
            machine,
            ImportedRun.DefaultId(runStarted, machine.Name, commit, $"asv-{env}"),
            runStarted,
            runStarted);
    }

    /// <summary>
    /// asv's benchmark types: <c>time_</c> seconds, <c>mem_</c>/<c>peakmem_</c> bytes, <c>track_</c> its declared unit.
    /// A <c>mem_</c> size is the object's deep size, exact; a <c>peakmem_</c> is the process's peak and varies.
    /// </summary>
    private static Measure MeasureOf(string name, JsonCursor? info)
    {
        var type = info?.Optional("type")?.String() ?? name.Split('.')[^1].Split('_')[0];
        var unit = info?.Optional("unit")?.String();
        return type switch
        {
            "time" => Measure.WallTime(unit is null or "seconds" ? "s" : unit),
            "mem" => new Measure("execute", "memory", "bytes", Exact: true),
            "peakmem" => new Measure("execute", "peak-memory", "bytes"),
            // track_ values carry their own unit word; one the result format does not know names the metric, counted.
            _ when unit is null || UnitTable.IsAccepted(unit) => new Measure("execute", "value", unit ?? UnitTable.Count),
            _ => new Measure("execute", unit, UnitTable.Count),
        };
    }

    private static MachineInfo Machine(string name, JsonCursor? machine) => new()
    {
        Name = name,
        Os = machine?.Optional("os")?.Text() ?? "unknown",
        Arch = machine?.Optional("arch")?.Text() ?? "unknown",
        Cpu = machine?.Optional("cpu")?.Text(),
        Cores = int.TryParse(machine?.Optional("num_cpu")?.Text(), out var cores) ? cores : null,
    };

    private static JsonCursor Parse(ImportSource source) =>
        JsonCursor.Parse(ImportSource.FromText(source.Path, PythonJson.ToJson(source.Text)));
}
