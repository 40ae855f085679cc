using System.Globalization;
using StaticBench.ScaleData;

// A reproducible data repository for measuring `staticbench build` at scale (benchmarks/README.md):
//   dotnet benchmarks/StaticBench.ScaleData/bin/Release/net10.0/StaticBench.ScaleData.dll --benchmarks 200 --runs 3000 --out /tmp/scale-200x3000.git
//   ... --append 1 --out /tmp/scale-200x3000.git                          # one more run on top of it
//   ... --benchmarks 200 --runs 100000 --results-per-file 2 --out /tmp/scale-100k.git   # the 100,000-file history
const string usage =
    "usage: StaticBench.ScaleData --out REPO [--benchmarks 100] [--runs 1000] [--samples 10] [--seed 1] [--results-per-file B]\n" +
    "       StaticBench.ScaleData --out REPO --append K";
var known = new[] { "--out", "--benchmarks", "--runs", "--samples", "--seed", "--results-per-file", "--append" };
var unknown = args.Where((_, i) => i % 2 == 0).FirstOrDefault(a => !known.Contains(a));
if (args.Length % 2 != 0 || unknown is not null || Arg("--out") is not { } output)
{
    Console.Error.WriteLine(unknown is null ? usage : $"unknown option {unknown}\n{usage}");
    return 2;
}

try
{
    ScaleReport report;
    if (Number("--append") is { } append)
    {
        report = ScaleRepository.Append(output, append);
    }
    else
    {
        var benchmarks = Number("--benchmarks") ?? 100;
        var shape = new ScaleShape(
            Seed: Number("--seed") ?? 1,
            Benchmarks: benchmarks,
            Samples: Number("--samples") ?? 10,
            ResultsPerFile: Math.Min(benchmarks, Number("--results-per-file") ?? benchmarks),
            PlannedRuns: Number("--runs") ?? 1000);
        if (shape.Benchmarks < 1 || shape.Samples < 1 || shape.ResultsPerFile < 1 || shape.PlannedRuns < 1)
        {
            throw new ArgumentException("--benchmarks, --runs, --samples and --results-per-file must be at least 1");
        }

        report = ScaleRepository.Generate(output, shape);
    }

    var s = report.Shape;
    Console.WriteLine(
        $"{(report.FirstRun == 0 ? "generated" : "appended to")} {report.GitDir}: runs {report.FirstRun}..{report.TotalRuns - 1} " +
        $"({report.RunsAdded} commit(s), {report.RunsAdded} file(s), {(double)report.JsonBytes / 1e6:F1} MB of JSON, " +
        $"{s.ResultsPerFile} result(s) x {s.Samples} sample(s) per file, {s.Benchmarks} benchmark(s), seed {s.Seed}) " +
        $"in {report.Elapsed.TotalSeconds:F1} s; tip {report.Tip}; steps in {report.LabelsFile}");
    return 0;
}
catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or IOException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}

string? Arg(string name) => Array.IndexOf(args, name) is var i and >= 0 && i % 2 == 0 ? args[i + 1] : null;

int? Number(string name) => Arg(name) is { } text ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : null;
