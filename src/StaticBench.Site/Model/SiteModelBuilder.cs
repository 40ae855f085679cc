using System.Globalization;
using StaticBench.Analysis;
using StaticBench.Analysis.ChangePoints;
using StaticBench.Analysis.Findings;
using StaticBench.Analysis.Scaling;
using StaticBench.Analysis.Series;
using StaticBench.Site.Charts;
using StaticBench.Schema.Model;
using StaticBench.Site.Formatting;
using StaticBench.Site.Markdown;

namespace StaticBench.Site.Model;

/// <summary>Builds the <see cref="SiteModel"/> once per build: every formatted value pages will show.</summary>
public static class SiteModelBuilder
{
    /// <summary>The model of <paramref name="analysis"/>: the site formats what Analysis found and computes no statistics itself.</summary>
    public static SiteModel Build(AnalysedHistory analysis, SiteOptions options)
    {
        var (snapshot, set, findings) = (analysis.Snapshot, analysis.Series, analysis.Findings);
        var warnings = new List<string>(set.Warnings);
        var seriesById = set.Series.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var markers = findings
            .GroupBy(f => f.SeriesId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => new ChartMarker(
                f.ToCommit,
                $"{f.Kind.ToString().ToLowerInvariant()} {ValueFormatter.Ratio(f.Change)}{(f.Acknowledged is null ? "" : " (acknowledged)")}{(f.Excursion is { } e ? $" ({ExcursionText(e, seriesById[f.SeriesId])})" : "")}: {f.Subject}",
                f.Kind == FindingKind.Regression,
                // An undone step is drawn like an acknowledged one: still visible, no longer open.
                f.Acknowledged is not null || f.Excursion is not null)).ToArray(), StringComparer.Ordinal);
        var scaling = analysis.Scaling.ToLookup(g => g.Benchmark, StringComparer.Ordinal);
        var colours = EngineColours.For(set.Series);

        // Benchmarks are independent: their models (charts, tables) are built in parallel, in a stable order.
        var benchmarks = set.Series
            .GroupBy(s => s.Key.Benchmark, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .AsParallel().AsOrdered()
            .Select(g => BenchmarkModelBuilder.Build(g.Key, g.ToArray(), set.CommitOrder, options, analysis.Statuses, markers, scaling[g.Key].ToArray(), colours, snapshot.References))
            .ToArray();
        return new SiteModel
        {
            Title = options.Title,
            GeneratorVersion = options.GeneratorVersion,
            DataCommit = snapshot.DataCommit,
            DataCommitShort = snapshot.DataCommit.Length > 0 ? CommitId.Short(snapshot.DataCommit) : "(none)",
            MainBranch = set.MainBranch,
            Benchmarks = benchmarks,
            Runs = RunRows(set),
            Commits = CommitTable.Build(set, options.SampleCommits),
            Documents = Documents(snapshot, warnings, out var skippedDocuments),
            Skipped = snapshot.Skipped.Select(s => new SkippedRow(s.Path, s.Reason)).Concat(skippedDocuments).OrderBy(s => s.Path, StringComparer.Ordinal).ToArray(),
            Warnings = warnings,
            SeriesSet = set,
            Analysis = analysis,
            Findings = FindingRows(findings, set, benchmarks),
            References = ReferenceModels.All(snapshot.References, benchmarks.ToDictionary(b => b.Name, b => b.Page, StringComparer.Ordinal)),
        };
    }

    private static FindingRow[] FindingRows(IReadOnlyList<Finding> findings, SeriesSet set, BenchmarkModel[] benchmarks)
    {
        var byId = set.Series.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var pages = benchmarks.ToDictionary(b => b.Name, b => b.Page, StringComparer.Ordinal);
        var images = benchmarks.SelectMany(b => b.Charts).SelectMany(c => c.Lines.Select(l => (l.Series.Id, c.Image))).ToDictionary(x => x.Id, x => x.Image, StringComparer.Ordinal);
        return findings
            .Select(f =>
            {
                var repository = byId[f.SeriesId].Observations is [var newest, ..] ? newest.Run.Project.Repository : "";
                return new FindingRow(
                    f.Id,
                    f.Kind == FindingKind.Regression,
                    f.Basis == FindingBasis.Creep ? "gradual regression" : f.Kind == FindingKind.Regression ? "regression" : "improvement",
                    f.Subject,
                    f.Message,
                    f.Basis == FindingBasis.Creep ? $"{ValueFormatter.Ratio(f.Change)} over {f.Index - f.FromIndex} commits"
                        : f.Basis == FindingBasis.Exact ? Analysis.Formatting.ValueText.Percent(f.Change) : ValueFormatter.Ratio(f.Change),
                    f.Basis == FindingBasis.Exact ? "exact" : ChangePoint.FormatConfidence(f.Confidence),
                    CommitId.Short(f.FromCommit),
                    CommitId.Short(f.ToCommit),
                    CommitLink.Range(repository, f.FromCommit, f.ToCommit),
                    ValueFormatter.Time(f.ToCommitTime),
                    f.ToCommitTime,
                    f.ToSubject,
                    pages.GetValueOrDefault(f.Benchmark, "index.html"),
                    f.Acknowledged is not null,
                    f.Acknowledged?.Note ?? "",
                    f.Acknowledged?.Path ?? "")
                {
                    Image = images.GetValueOrDefault(f.SeriesId),
                    Excursion = f.Excursion is { } e ? ExcursionText(e, byId[f.SeriesId]) : null,
                };
            })
            .ToArray();
    }

    /// <summary>"excursion up to +10.0%, back within +0.2% at 1a2b3c4d5e (2 steps, 60 commits)", or a step within the series' wander or shaped like it.</summary>
    private static string ExcursionText(Excursion e, BenchmarkSeries s) =>
        e.CameBack ? $"excursion {FindingsBuilder.ExcursionText(e, CommitId.Short(s.Points[e.To].Commit))}" : FindingsBuilder.ExcursionText(e);

    private static RunRow[] RunRows(SeriesSet set) => set.RunsNewestFirst
        .Select(r =>
        {
            var run = r.Run.Run;
            return new RunRow(
                run.Id,
                ValueFormatter.Time(run.Started),
                run.Machine.Name,
                CommitId.Short(run.Project.Commit),
                CommitLink.For(run.Project.Repository, run.Project.Commit),
                run.Project.Subject,
                Labels.Branch(run.Project),
                set.IsOnTrend(run),
                r.Run.Results.Count,
                r.Path);
        })
        .ToArray();

    /// <summary>The documents that get a page; one that cannot is listed as skipped, as a bad result file is, and warned about.</summary>
    private static DocumentModel[] Documents(DataSnapshot snapshot, List<string> warnings, out List<SkippedRow> skipped)
    {
        var documents = new Dictionary<string, DocumentModel>(StringComparer.OrdinalIgnoreCase);
        skipped = [];
        foreach (var document in snapshot.Documents.OrderBy(d => d.Path, StringComparer.Ordinal))
        {
            var page = DocumentPaths.PageFor(document.Path);
            if (page is null || documents.ContainsKey(page))
            {
                var reason = page is null ? "its path cannot be a page" : $"{page} is taken";
                skipped.Add(new SkippedRow(document.Path, $"document left out: {reason}"));
                warnings.Add($"Document {document.Path} left out: {reason}.");
                continue;
            }

            var html = MarkdownRenderer.Render(document.Markdown, out var title);
            documents[page] = new DocumentModel(document.Path, page, string.IsNullOrWhiteSpace(title) ? document.Path : title, html);
        }

        return documents.Values.OrderBy(d => d.Page, StringComparer.Ordinal).ToArray();
    }
}
