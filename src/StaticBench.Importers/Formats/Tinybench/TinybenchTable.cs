using StaticBench.Importers.Reading;

namespace StaticBench.Importers.Formats.Tinybench;

/// <summary>
/// tinybench's <c>console.table(bench.table())</c> as node prints it: box-drawn rows such as
/// <c>│ 0 │ 'sort/size=100' │ '172240 ± 185.30%' │ '9775.0 ± 1672.0' │ ... │ 641 │</c>. Columns are found by
/// their header (<c>Task name</c>, <c>Latency med (ns)</c>); the number before <c>±</c> is the value.
/// Node quotes strings with <c>'</c> and escapes a quote inside as <c>\'</c>.
/// </summary>
public static class TinybenchTable
{
    private const string TaskName = "Task name";
    private const string LatencyMedian = "Latency med (ns)";

    public static bool Sniff(ImportSource source) => source.Text.Contains('│') && source.Text.Contains(TaskName) && source.Text.Contains(LatencyMedian);

    public static void Read(ImportSource source, ResultCollector collector)
    {
        var lines = source.Text.Split('\n');
        int nameColumn = -1, medianColumn = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (!line.StartsWith('│'))
            {
                continue;
            }

            var cells = line.Trim('│').Split('│').Select(c => c.Trim()).ToArray();
            if (nameColumn < 0)
            {
                nameColumn = Array.IndexOf(cells, TaskName);
                medianColumn = Array.IndexOf(cells, LatencyMedian);
                if (nameColumn < 0 || medianColumn < 0)
                {
                    throw new ImportException(source.Path, $"line {i + 1}", $"expected a table header with '{TaskName}' and '{LatencyMedian}'");
                }

                continue;
            }

            var name = Unquote(cells[nameColumn]);
            var median = Unquote(cells.ElementAtOrDefault(medianColumn) ?? "").Split('±')[0].Trim();
            if (!ToolUnit.TryParseNumber(median, out var nanoseconds))
            {
                // N/A (a task that did not finish) or an error row.
                collector.Skip(source.Path, $"line {i + 1}", $"'{name}' has no latency ({string.Join(" ", cells.Skip(medianColumn))})");
                continue;
            }

            collector.Add(BenchmarkName.Parse(name), Measure.WallTime("ns"), nanoseconds);
        }
    }

    private static string Unquote(string cell) =>
        cell.Length >= 2 && cell[0] == '\'' && cell[^1] == '\'' ? cell[1..^1].Replace("\\'", "'") : cell;
}
