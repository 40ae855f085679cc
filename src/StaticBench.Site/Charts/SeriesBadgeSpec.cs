using StaticBench.Analysis.Findings;

namespace StaticBench.Site.Charts;

/// <summary>What a series badge says, as plain data.</summary>
/// <param name="Label">The series name, on the left (cut in the middle when too long).</param>
/// <param name="Unit">The unit of <paramref name="Latest"/>, for <c>ValueFormatter</c>.</param>
/// <param name="Latest">The latest median; null when the series has no point yet.</param>
/// <param name="Status">The series' status from the analysis: word, step size and colour on the right.</param>
public sealed record SeriesBadgeSpec(string Label, string Unit, double? Latest, SeriesStatus Status);
