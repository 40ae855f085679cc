using StaticBench.Importers.Reading;
using StaticBench.Schema.Model;

namespace StaticBench.Importers.Formats.Tinybench;

/// <summary>
/// tinybench has no file format of its own; this reads the two ways its results reach a file:
/// <list type="bullet">
/// <item>JSON of its tasks, <c>JSON.stringify(bench.tasks.map(({ name, result }) => ({ name, result })))</c>:
/// <c>result.latency.samples</c> (milliseconds per call, kept only with <c>retainSamples: true</c>) are the
/// samples, else the median <c>result.latency.p50</c> is one sample. tinybench 2's flat <c>result.samples</c>
/// is read too.</item>
/// <item>The console table, <c>console.table(bench.table())</c>: the <c>Latency med (ns)</c> column is one
/// sample per task (see <see cref="TinybenchTable"/>).</item>
/// </list>
/// Tasks that errored or did not finish are skipped with their state.
/// </summary>
public sealed class TinybenchImporter : IImporter
{
    public string Name => "tinybench";

    public bool Sniff(ImportSource source) =>
        (source.Head.StartsWith('[') && source.Text.Contains("\"result\"") && source.Text.Contains("\"latency\"") && source.Text.Contains("\"name\"")) ||
        TinybenchTable.Sniff(source);

    public ImportedResults Read(IReadOnlyList<ImportSource> sources)
    {
        var collector = new ResultCollector();
        foreach (var source in sources)
        {
            if (TinybenchTable.Sniff(source))
            {
                TinybenchTable.Read(source, collector);
                continue;
            }

            foreach (var task in JsonCursor.Parse(source).Items())
            {
                ReadTask(task, collector);
            }
        }

        return collector.Build(new HarnessInfo { Name = Name, Version = "unknown" });
    }

    private static void ReadTask(JsonCursor task, ResultCollector collector)
    {
        var name = task["name"].String();
        var result = task.Optional("result");
        var state = result?.Optional("state")?.String();
        if (result is null || state is "errored" or "aborted" or "not-started" or "started")
        {
            var error = result?.Optional("error")?.Optional("message")?.String();
            collector.Skip(task.File, task.Path, $"'{name}' has no statistics (state {state ?? "missing"}{(error is null ? "" : $": {error}")})");
            return;
        }

        var latency = result.Value.Optional("latency");
        var samples = latency?.Optional("samples")?.Numbers()
            ?? result.Value.Optional("samples")?.Numbers()
            ?? [latency?["p50"].Number() ?? result.Value["mean"].Number()];
        collector.Add(BenchmarkName.Parse(name), Measure.WallTime("ms"), samples);
    }
}
