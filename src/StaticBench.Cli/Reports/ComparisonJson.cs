using System.Text.Json;
using System.Text.Json.Nodes;
using StaticBench.Analysis.Comparisons;

namespace StaticBench.Cli.Reports;

/// <summary><c>compare --format json</c>: the report as a stable JSON document (fractions, not percents; null where undefined).</summary>
public static class ComparisonJson
{
    public static string Render(ComparisonReport report)
    {
        var root = new JsonObject
        {
            ["base"] = report.BaseLabel,
            ["head"] = report.HeadLabel,
            ["threshold"] = report.Options.Threshold,
            ["alpha"] = report.Options.Alpha,
            ["bestPartFraction"] = report.Options.BestPartFraction,
            ["summary"] = new JsonObject
            {
                ["regressions"] = report.Count(Verdict.Regression),
                ["improvements"] = report.Count(Verdict.Improvement),
                ["noChange"] = report.Count(Verdict.NoChange),
                ["tooNoisy"] = report.Count(Verdict.TooNoisy),
                ["added"] = report.Count(Verdict.Added),
                ["removed"] = report.Count(Verdict.Removed),
            },
            ["verdicts"] = new JsonArray(report.Verdicts.Where(v => v.Comparisons.Count == 2).Select(v => (JsonNode)new JsonObject
            {
                ["name"] = v.Name,
                ["machine"] = v.Key.Machine,
                ["verdict"] = Word(v.Verdict),
                ["decidedBy"] = v.DecidedBy,
                ["change"] = Number(v.DecidedBy == ClockVerdict.CpuTime ? v.Comparisons[1].Change : v.Comparisons[0].Change),
            }).ToArray()),
            ["comparisons"] = new JsonArray(report.Comparisons.Select(c => (JsonNode)new JsonObject
            {
                ["name"] = c.Name,
                ["machine"] = c.Key.Machine,
                ["benchmark"] = c.Key.Benchmark,
                ["parameters"] = c.Key.Parameters,
                ["engine"] = c.Key.Engine,
                ["phase"] = c.Key.Phase,
                ["metric"] = c.Key.Metric,
                ["unit"] = c.Unit,
                ["better"] = c.Better.ToString().ToLowerInvariant(),
                ["method"] = c.Method switch { ComparisonMethod.Exact => "exact", ComparisonMethod.RankBased => "rank-based", _ => "none" },
                ["verdict"] = Word(c.Verdict),
                ["verdictText"] = c.VerdictText,
                ["baseSamples"] = c.BaseCount,
                ["headSamples"] = c.HeadCount,
                ["baseMedian"] = Number(c.BaseMedian),
                ["headMedian"] = Number(c.HeadMedian),
                ["change"] = Number(c.Change),
                ["changeBasis"] = c.Method == ComparisonMethod.RankBased ? (c.Basis == ChangeBasis.BestPart ? "best-part" : "all-samples") : null,
                ["changeLow"] = Number(c.ChangeLow),
                ["changeHigh"] = Number(c.ChangeHigh),
                ["pValue"] = Number(c.PValue),
                ["minimumDetectable"] = Number(c.MinimumDetectable),
            }).ToArray()),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>The verdict's stable word in JSON and CSV.</summary>
    public static string Word(Verdict verdict) => verdict switch
    {
        Verdict.Regression => "regression", Verdict.Improvement => "improvement", Verdict.NoChange => "no-change",
        Verdict.TooNoisy => "too-noisy", Verdict.Added => "added", _ => "removed",
    };

    private static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(Math.Round(value, 9)) : null;
}
